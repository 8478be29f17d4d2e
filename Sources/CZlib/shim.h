#ifndef DOCKER_TUTOR_CZLIB_SHIM_H
#define DOCKER_TUTOR_CZLIB_SHIM_H
#include <zlib.h>
#endif
