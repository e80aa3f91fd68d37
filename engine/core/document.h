// engine/core/document.h: one article, as every later stage sees it.
//
// Flow: adapters/ turn input bytes into Documents whose `text` is the raw
// article body (title and page furniture removed) with `to_raw` mapping body
// offsets back to the input file; engine/text then normalises `text` (NFC,
// quotes, invisible characters), re-maps `to_raw` and fills `sentences`.
// After that a Document is read-only and may be shared across threads.
#ifndef SANGATI_ENGINE_CORE_DOCUMENT_H_
#define SANGATI_ENGINE_CORE_DOCUMENT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/offset_map.h"
#include "engine/core/source_pos.h"

namespace sangati {

// The language of a document, told by its script.
enum class Language { kUnknown, kBengali, kEnglish };

// "bn", "en" or "und".
std::string_view LanguageCode(Language language);
// Inverse of LanguageCode; also accepts "Bengali"/"bangla"/"English" in any
// case. Unknown strings give kUnknown.
Language ParseLanguage(std::string_view code);

struct Document {
  // Unique within a run: the path for a single-article file, "path#record-id"
  // (the record's own id field) or "path#N" (1-based record number) for a
  // record of a dataset file.
  std::string id;
  std::string path;                    // the input file ("-" for stdin)
  std::optional<std::string> outlet;   // as the article names it; null if absent
  std::optional<std::string> url;
  // ISO 8601 date ("2025-07-13") or date-time ("2025-07-13T10:21:16"), from
  // the article or its metadata only; null when absent. Never from mtimes.
  std::optional<std::string> published;
  std::string title;
  Language language = Language::kUnknown;

  std::string text;              // UTF-8 body; canonical form (NFC, য়/ড়/ঢ় precomposed) after engine/text ran
  std::vector<Span> sentences;   // into `text`, filled by engine/text
  OffsetMap to_raw;              // `text` offsets -> input file line/column
  SourcePos title_pos;           // where the title starts in the input file

  // Non-fatal problems met while reading (e.g. "invalid UTF-8 at byte 1234,
  // replaced"), each already prefixed with the location.
  std::vector<std::string> warnings;

  // The input-file position of byte `offset` of `text`.
  SourcePos PositionOf(uint32_t offset) const { return to_raw.Lookup(text, offset); }
  std::string_view Slice(Span span) const {
    return std::string_view(text).substr(span.begin, span.size());
  }
};

// An input that could not be read, listed in the report instead of stopping
// the run.
struct Skipped {
  std::string path;   // the file, or "file#record" for one bad record
  std::string error;  // one line, starting with a location where known
};

}  // namespace sangati

#endif  // SANGATI_ENGINE_CORE_DOCUMENT_H_
