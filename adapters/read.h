// adapters/read.h: turning the user's input PATHs into Documents.
//
// How the pieces fit:
//   ReadInputs(paths)  -- walk.h lists files (directories recursively, in
//        |                 sorted order, symlinks not followed by default),
//        |                 reads them with a size limit and finds manifests
//        v
//   ReadBuffer(path, bytes) -- utf8.h validates/repairs, then the format is
//        |                 chosen by extension or by sniffing the content:
//        |   plain_text.h  article pages saved as text; "Title:/Text:" files
//        |   html.h        web pages (gumbo)
//        |   json.h        one object, an array of objects, or JSON Lines
//        |   csv.h         RFC 4180 CSV with a header row
//        v
//   Documents (raw body + to_raw anchors into the input file) and Skipped
//   inputs, then manifest.h fills in metadata (outlet, url, published ...).
//
// Nothing here stops on a bad input: an unreadable, binary, empty or
// malformed file (or one bad record of a dataset) is listed in
// ReadResult::skipped with a one-line reason that starts with its location,
// and every other input is still read. Document bodies are NOT normalised;
// engine/text does NFC and sentence splitting later.
//
// Thread-safety: the functions keep no global state; concurrent calls are
// safe as long as each uses its own ReadResult.
#ifndef SANGATI_ADAPTERS_READ_H_
#define SANGATI_ADAPTERS_READ_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/core/document.h"

namespace sangati {

// Which field of a dataset record (JSON object, JSON Lines line, CSV column)
// holds each part of an article. An empty name means "auto-detect": common
// names are recognised case-insensitively, ignoring spaces, '_' and '-'
// (docs/inputs.md lists them). For JSON a name may be a dotted path into
// nested objects ("source.name").
struct FieldMapping {
  std::string id, title, body, outlet, published, url, language;
};

struct ReadOptions {
  // Directories: symbolic links met while walking are not followed (they are
  // listed as skipped) unless this is set. A PATH named directly is always
  // followed. Loops are detected either way.
  bool follow_symlinks = false;
  // The user's --field mapping for JSON/JSONL/CSV inputs.
  FieldMapping fields;
  // Optional manifest file (CSV or YAML, see docs/inputs.md) whose entries
  // supply outlet/url/published/title/language. Manifests named
  // sangati-manifest.{yaml,yml,csv} inside directories being read are found
  // automatically.
  std::string manifest;
  // Files (and stdin) larger than this are skipped with a reason.
  uint64_t max_file_bytes = 512ull << 20;
};

struct ReadResult {
  std::vector<Document> documents;
  std::vector<Skipped> skipped;
  // Non-fatal problems (invalid UTF-8 replaced, unparseable date values,
  // manifest entries matching no file ...), each starting with a location.
  // Warnings about one document are also in its Document::warnings.
  std::vector<std::string> warnings;
};

// Reads every path: a file, a directory (walked recursively in stable sorted
// order; hidden entries, whose names start with '.', are left out), or "-"
// for stdin. Results are appended to `result` in a deterministic order:
// paths in the given order, directory entries sorted by name, records in
// file order. Never stops on a bad input. Named FIFOs, sockets and devices
// are skipped without being opened for reading, so nothing blocks.
void ReadInputs(const std::vector<std::string>& paths, const ReadOptions& options,
                ReadResult* result);

// Reads one in-memory input (used by tests and for stdin). `path` names it
// in messages and in Document::path/id; its extension chooses the format
// (.txt .html .htm .json .jsonl .ndjson .csv .tsv), otherwise the content is
// sniffed. No I/O; manifests are not applied here.
void ReadBuffer(std::string_view path, std::string_view bytes, const ReadOptions& options,
                ReadResult* result);

// Parses a --field spec such as "title=headline,body=Article Body" (keys:
// id, title, body, outlet, published, url, language; names are trimmed).
// InvalidArgument naming the bad item for an unknown key, a missing '=' or
// name, or a key given twice.
absl::StatusOr<FieldMapping> ParseFieldMapping(std::string_view spec);

}  // namespace sangati

#endif  // SANGATI_ADAPTERS_READ_H_
