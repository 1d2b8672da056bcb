package org.crosscheck.ops;

/** Why lag could not be measured, in one line for a person: no such group, or no answer from Kafka. */
public class LagException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LagException(String message) {
        super(message);
    }

    public LagException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The group does not exist on the cluster (never committed, or expired). */
    public static final class UnknownGroup extends LagException {
        private static final long serialVersionUID = 1L;

        public UnknownGroup(String group, String bootstrap) {
            super("no consumer group '" + group + "' at " + bootstrap
                    + " (it never committed an offset, or its offsets expired)");
        }
    }
}
