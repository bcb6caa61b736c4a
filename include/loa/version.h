#ifndef LOA_VERSION_H
#define LOA_VERSION_H

#define LOA_VERSION "0.1.0"

#endif
