// libdeflate: fast zlib-format compression and CRC-32 for the PNG encoder.
#ifndef VUSTA_CDEFLATE_SHIM_H
#define VUSTA_CDEFLATE_SHIM_H
#include <libdeflate.h>
#endif
