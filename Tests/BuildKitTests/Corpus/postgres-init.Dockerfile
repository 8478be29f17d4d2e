FROM postgres:16
ENV POSTGRES_DB=app
COPY initdb/*.sql /docker-entrypoint-initdb.d/
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --start-interval=2s --retries=5 \
  CMD ["pg_isready", "-U", "postgres"]
