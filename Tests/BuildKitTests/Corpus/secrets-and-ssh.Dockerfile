# syntax=docker/dockerfile:1
FROM alpine:3.20
RUN apk add --no-cache openssh-client git
RUN mkdir -p -m 0700 ~/.ssh && ssh-keyscan github.com >> ~/.ssh/known_hosts
RUN --mount=type=ssh git clone git@github.com:example/private.git /src
RUN --mount=type=secret,id=aws,target=/root/.aws/credentials,required \
    cat /root/.aws/credentials > /dev/null
RUN --mount=type=secret,id=token,env=GITHUB_TOKEN \
    test -n "$GITHUB_TOKEN"
RUN --mount=type=tmpfs,target=/tmp,size=64m ls /tmp
RUN --network=none echo offline
USER nobody
