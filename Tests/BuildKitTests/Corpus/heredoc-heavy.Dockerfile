# syntax=docker/dockerfile:1
FROM debian:12-slim
RUN <<EOT bash
  set -ex
  apt-get update
  apt-get install -y --no-install-recommends curl ca-certificates
  rm -rf /var/lib/apt/lists/*
EOT
COPY <<EOF /usr/share/nginx/html/index.html
<!doctype html>
<title>Hello from ${HOSTNAME:-docker}</title>
EOF
COPY <<-"EOF" /etc/profile.d/greeting.sh
	echo "Welcome, $USER"
	EOF
RUN <<EOF
#!/usr/bin/env python3
print("hello from a python heredoc")
EOF
RUN <<FILE1 cat > /file1 && <<FILE2 cat > /file2
first file
FILE1
second file
FILE2
RUN python3 <<EOF > /hello
print("Hello")
EOF
USER nobody
