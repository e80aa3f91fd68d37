// adapters/utf8.h: deciding whether input bytes are text, and making them
// valid UTF-8 before any format reader sees them.
//
// ReadBuffer first asks SniffBinary() (NUL bytes, UTF-16, mostly control
// bytes => skipped), then RepairUtf8(): every maximal invalid subpart becomes
// U+FFFD (the W3C/Unicode "substitution of maximal subparts" practice), and
// the offsets of the replacements are kept so warnings can name the byte in
// the original file. All functions are pure and thread-safe.
#ifndef SANGATI_ADAPTERS_UTF8_H_
#define SANGATI_ADAPTERS_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sangati::adapters {

enum class BinaryKind {
  kText,
  kNul,      // holds NUL bytes
  kUtf16,    // starts with a UTF-16 byte order mark
  kControl,  // mostly control bytes / invalid sequences
};

// Looks at the bytes: NUL anywhere (memchr over all of it), a UTF-16 BOM, or
// more than 10% control bytes or invalid UTF-8 in the first 64 KiB.
BinaryKind SniffBinary(std::string_view bytes);

// A one-line reason for a non-text kind ("binary file (NUL bytes)", ...).
std::string_view BinaryReason(BinaryKind kind);

struct Utf8Replacement {
  size_t input_offset = 0;     // byte offset of the bad sequence in the input
  size_t repaired_offset = 0;  // offset of its U+FFFD in the repaired text
};

struct Utf8Repair {
  bool changed = false;      // false: the input was valid; `text` is empty
  std::string text;          // the repaired text when `changed`
  size_t bad_sequences = 0;  // how many sequences were replaced
  // The first kMaxRecorded replacements, in order.
  std::vector<Utf8Replacement> replacements;
  static constexpr size_t kMaxRecorded = 4096;
};

// Validates `input` as UTF-8 (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF) and repairs it.
Utf8Repair RepairUtf8(std::string_view input);

// True when `input` is valid UTF-8.
bool IsValidUtf8(std::string_view input);

}  // namespace sangati::adapters

#endif  // SANGATI_ADAPTERS_UTF8_H_
