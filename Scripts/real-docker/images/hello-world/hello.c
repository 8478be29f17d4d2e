/*
 * The program of docker-tutor's offline hello-world image.
 *
 * It prints, byte for byte, the greeting of the official hello-world image (the text
 * of docker-library/hello-world), so a real daemon's `docker run hello-world` and the
 * simulator's can be compared exactly. On x86-64 it needs no C library at all (built
 * with -nostdlib it is a few kilobytes, like the real one); elsewhere it falls back
 * to write(2) from the C library.
 */
#ifndef DOCKER_ARCH
#define DOCKER_ARCH "amd64"
#endif

static const char greeting[] =
    "\n"
    "Hello from Docker!\n"
    "This message shows that your installation appears to be working correctly.\n"
    "\n"
    "To generate this message, Docker took the following steps:\n"
    " 1. The Docker client contacted the Docker daemon.\n"
    " 2. The Docker daemon pulled the \"hello-world\" image from the Docker Hub.\n"
    "    (" DOCKER_ARCH ")\n"
    " 3. The Docker daemon created a new container from that image which runs the\n"
    "    executable that produces the output you are currently reading.\n"
    " 4. The Docker daemon streamed that output to the Docker client, which sent it\n"
    "    to your terminal.\n"
    "\n"
    "To try something more ambitious, you can run an Ubuntu container with:\n"
    " $ docker run -it ubuntu bash\n"
    "\n"
    "Share images, automate workflows, and more with a free Docker ID:\n"
    " https://hub.docker.com/\n"
    "\n"
    "For more examples and ideas, visit:\n"
    " https://docs.docker.com/get-started/\n"
    "\n";

#if defined(HELLO_NOSTDLIB) && defined(__x86_64__)
/* write(1, greeting, n) then exit(0), as raw Linux system calls. */
void _start(void) {
    long n = sizeof(greeting) - 1;
    long ret;
    __asm__ volatile("syscall" : "=a"(ret) : "a"(1L), "D"(1L), "S"(greeting), "d"(n) : "rcx", "r11", "memory");
    __asm__ volatile("syscall" : : "a"(60L), "D"(0L) : "rcx", "r11", "memory");
    for (;;) {
    }
}
#else
#include <unistd.h>

int main(void) {
    return write(STDOUT_FILENO, greeting, sizeof(greeting) - 1) == (long)(sizeof(greeting) - 1) ? 0 : 1;
}
#endif
