#include "adapters/utf8.h"

#include <algorithm>
#include <cstring>

namespace sangati::adapters {
namespace {

// Length of the valid UTF-8 sequence at `i`, or 0 when invalid. On 0,
// `*bad_len` is the length of the maximal invalid subpart (>= 1).
size_t SequenceAt(std::string_view s, size_t i, size_t* bad_len) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return 1;
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    need = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    *bad_len = 1;
    return 0;
  }
  for (size_t k = 1; k < need; ++k) {
    if (i + k >= s.size()) {
      *bad_len = k;
      return 0;
    }
    unsigned char t = b(i + k);
    bool ok = (k == 1) ? (t >= lo && t <= hi) : (t >= 0x80 && t <= 0xBF);
    if (!ok) {
      *bad_len = k;
      return 0;
    }
  }
  return need;
}

}  // namespace

BinaryKind SniffBinary(std::string_view bytes) {
  if (bytes.size() >= 2) {
    unsigned char a = static_cast<unsigned char>(bytes[0]);
    unsigned char b = static_cast<unsigned char>(bytes[1]);
    if ((a == 0xFF && b == 0xFE) || (a == 0xFE && b == 0xFF)) return BinaryKind::kUtf16;
  }
  if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr) return BinaryKind::kNul;
  std::string_view head = bytes.substr(0, 64 * 1024);
  size_t bad = 0;
  for (size_t i = 0; i < head.size();) {
    unsigned char c = static_cast<unsigned char>(head[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' &&
        c != 0x1B) {
      ++bad;
      ++i;
      continue;
    }
    size_t bad_len = 0;
    size_t n = SequenceAt(head, i, &bad_len);
    if (n == 0) {
      // A sequence cut by the 64 KiB window is not evidence of binary data.
      if (i + 4 < head.size() || head.size() == bytes.size()) ++bad;
      i += bad_len;
    } else {
      i += n;
    }
  }
  if (!head.empty() && bad * 10 > head.size()) return BinaryKind::kControl;
  return BinaryKind::kText;
}

std::string_view BinaryReason(BinaryKind kind) {
  switch (kind) {
    case BinaryKind::kNul: return "binary file (holds NUL bytes), not read";
    case BinaryKind::kUtf16: return "UTF-16 text is not supported, convert it to UTF-8";
    case BinaryKind::kControl: return "binary file (mostly control bytes or invalid UTF-8), not read";
    case BinaryKind::kText: break;
  }
  return "text";
}

bool IsValidUtf8(std::string_view input) {
  for (size_t i = 0; i < input.size();) {
    // Fast path over ASCII.
    if (static_cast<unsigned char>(input[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t bad_len = 0;
    size_t n = SequenceAt(input, i, &bad_len);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

Utf8Repair RepairUtf8(std::string_view input) {
  Utf8Repair out;
  if (IsValidUtf8(input)) return out;
  out.changed = true;
  out.text.reserve(input.size() + 16);
  size_t copied_from = 0;
  for (size_t i = 0; i < input.size();) {
    if (static_cast<unsigned char>(input[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t bad_len = 0;
    size_t n = SequenceAt(input, i, &bad_len);
    if (n != 0) {
      i += n;
      continue;
    }
    out.text.append(input.data() + copied_from, i - copied_from);
    if (out.replacements.size() < Utf8Repair::kMaxRecorded) {
      out.replacements.push_back({i, out.text.size()});
    }
    ++out.bad_sequences;
    out.text.append("\xEF\xBF\xBD");
    i += bad_len;
    copied_from = i;
  }
  out.text.append(input.data() + copied_from, input.size() - copied_from);
  return out;
}

}  // namespace sangati::adapters
