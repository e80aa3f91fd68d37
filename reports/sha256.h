// reports/sha256.h: SHA-256 (FIPS 180-4) for the Content-Security-Policy
// hashes of the report's one inline script and one inline style. Small and
// dependency-free so reports/ needs no crypto library.
//
// Pure and thread-safe.
#ifndef SANGATI_REPORTS_SHA256_H_
#define SANGATI_REPORTS_SHA256_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace sangati {

std::array<uint8_t, 32> Sha256(std::string_view data);

// Standard base64 (RFC 4648, with padding).
std::string Base64(const uint8_t* data, size_t size);

// "'sha256-<base64>'" as a CSP source expression for `content`.
std::string CspHashSource(std::string_view content);

}  // namespace sangati

#endif  // SANGATI_REPORTS_SHA256_H_
