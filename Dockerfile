# The crosscheck application image: build with Maven, run the jar with its lib/ beside it.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -pl modules/app -am install

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/modules/app/target/crosscheck.jar /app/crosscheck.jar
COPY --from=build /src/modules/app/target/lib /app/lib
ENV JAVA_OPTS="-Xmx512m"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/crosscheck.jar \"$@\"", "--"]
CMD ["run"]
