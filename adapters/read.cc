#include "adapters/read.h"

#include <map>
#include <set>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "adapters/csv.h"
#include "adapters/furniture.h"
#include "adapters/html.h"
#include "adapters/html_scan.h"
#include "adapters/input_text.h"
#include "adapters/json.h"
#include "adapters/manifest.h"
#include "adapters/plain_text.h"
#include "adapters/record.h"
#include "adapters/utf8.h"
#include "adapters/walk.h"
#include "engine/core/absl_compat.h"

namespace sangati {
namespace {

using adapters::InputText;

enum class Format { kPlainText, kHtml, kJson, kJsonLines, kCsv, kTsv, kNone };

Format FormatByExtension(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return Format::kNone;
  std::string ext = absl::AsciiStrToLower(AbslView(name.substr(dot + 1)));
  if (ext == "json") return Format::kJson;
  if (ext == "jsonl" || ext == "ndjson") return Format::kJsonLines;
  if (ext == "csv") return Format::kCsv;
  if (ext == "tsv") return Format::kTsv;
  if (ext == "html" || ext == "htm" || ext == "xhtml" || ext == "shtml") return Format::kHtml;
  if (ext == "txt" || ext == "text" || ext == "md") return Format::kPlainText;
  return Format::kNone;
}

// The format of an input without a known extension. JSON must open like a
// record or a list of records ("{\"", "[{", "[]"), so a text that starts
// with "[Updated]" is still plain text.
Format Sniff(std::string_view text) {
  std::string_view t = adapters::TrimLine(text.substr(0, 4096));
  if (t.starts_with("{") || t.starts_with("[")) {
    std::string_view rest = adapters::TrimLine(t.substr(1));
    char next = rest.empty() ? '\0' : rest[0];
    if ((t[0] == '{' && (next == '"' || next == '}')) || (t[0] == '[' && (next == '{' || next == ']'))) {
      return Format::kJson;
    }
  }
  if (t.starts_with("<") && adapters::LooksLikeHtml(t)) return Format::kHtml;
  return Format::kPlainText;
}

// Reads one input; returns the format it was read as (kNone: skipped early).
Format ReadBytes(std::string_view path, std::string_view bytes, const ReadOptions& options,
                 ReadResult* result) {
  std::string p(path);
  if (bytes.size() > options.max_file_bytes) {
    result->skipped.push_back({p, absl::StrCat(p, ": input is ", bytes.size(), " bytes, over the limit of ",
                                               options.max_file_bytes, " bytes")});
    return Format::kNone;
  }
  if (adapters::TrimLine(bytes.substr(0, 1 << 20)).empty() &&
      adapters::TrimLine(bytes).empty()) {
    result->skipped.push_back({p, absl::StrCat(p, ": empty file")});
    return Format::kNone;
  }
  adapters::BinaryKind kind = adapters::SniffBinary(bytes);
  if (kind != adapters::BinaryKind::kText) {
    result->skipped.push_back({p, absl::StrCat(p, ": ", AbslView(adapters::BinaryReason(kind)))});
    return Format::kNone;
  }
  adapters::Utf8Repair repair = adapters::RepairUtf8(bytes);
  std::string_view text = repair.changed ? std::string_view(repair.text) : bytes;
  InputText in(p, text, &repair);
  Format format = FormatByExtension(path);
  if (format == Format::kNone) format = Sniff(text.substr(in.start));
  switch (format) {
    case Format::kHtml: adapters::ReadHtml(in, options, result); break;
    case Format::kJson: adapters::ReadJson(in, false, options, result); break;
    case Format::kJsonLines: adapters::ReadJson(in, true, options, result); break;
    case Format::kCsv: adapters::ReadCsv(in, ',', options, result); break;
    case Format::kTsv: adapters::ReadCsv(in, '\t', options, result); break;
    case Format::kPlainText:
    case Format::kNone: adapters::ReadPlainText(in, options, result); break;
  }
  return format;
}

void LoadManifest(const std::string& path, adapters::Manifest* manifest, ReadResult* result) {
  std::string bytes;
  absl::Status s = adapters::ReadFileBytes(path, 16u << 20, &bytes, nullptr);
  if (s.ok()) {
    adapters::Utf8Repair repair = adapters::RepairUtf8(bytes);
    s = manifest->Load(path, repair.changed ? repair.text : bytes, &result->warnings);
    if (!s.ok()) {
      result->skipped.push_back({path, std::string(s.message())});
      return;
    }
  } else {
    result->skipped.push_back({path, absl::StrCat(path, ": manifest not read: ", s.message())});
  }
}

}  // namespace

void ReadBuffer(std::string_view path, std::string_view bytes, const ReadOptions& options,
                ReadResult* result) {
  ReadBytes(path, bytes, options, result);
}

void ReadInputs(const std::vector<std::string>& paths, const ReadOptions& options, ReadResult* result) {
  const size_t first_doc = result->documents.size();
  adapters::Manifest manifest;
  std::set<std::string> manifests_loaded;
  std::string explicit_manifest;
  if (!options.manifest.empty()) {
    explicit_manifest = adapters::AbsolutePath(options.manifest);
    manifests_loaded.insert(explicit_manifest);
    LoadManifest(options.manifest, &manifest, result);
  }
  std::vector<bool> inferred;  // per document from first_doc: plain-text metadata
  auto read = [&](const std::string& path, std::string_view bytes) {
    Format f = ReadBytes(path, bytes, options, result);
    bool plain = f == Format::kPlainText || f == Format::kNone;
    inferred.resize(result->documents.size() - first_doc, plain);
  };
  std::map<adapters::FileId, std::string> read_files;
  std::string bytes;
  for (const std::string& path : paths) {
    if (path == "-") {
      absl::Status s = adapters::ReadStdin(options.max_file_bytes, &bytes);
      if (!s.ok()) {
        result->skipped.push_back({"-", absl::StrCat("-: ", s.message())});
        continue;
      }
      read("-", bytes);
      continue;
    }
    std::vector<adapters::WalkItem> items;
    adapters::ListInput(path, options.follow_symlinks, &items);
    for (const adapters::WalkItem& item : items) {
      switch (item.kind) {
        case adapters::WalkItem::kSkipped:
          result->skipped.push_back({item.path, absl::StrCat(item.path, ": ", item.reason)});
          continue;
        case adapters::WalkItem::kManifest: {
          std::string abs = adapters::AbsolutePath(item.path);
          if (manifests_loaded.insert(abs).second) LoadManifest(item.path, &manifest, result);
          continue;
        }
        case adapters::WalkItem::kFolderDoc:
          result->warnings.push_back(absl::StrCat(
              item.path, ": left out: the folder's documentation, not an article (name the file to read it)"));
          continue;
        case adapters::WalkItem::kFile:
          break;
      }
      if (!explicit_manifest.empty() && adapters::AbsolutePath(item.path) == explicit_manifest) continue;
      adapters::FileId id;
      absl::Status s = adapters::ReadFileBytes(item.path, options.max_file_bytes, &bytes, &id);
      if (!s.ok()) {
        result->skipped.push_back({item.path, absl::StrCat(item.path, ": ", s.message())});
        continue;
      }
      auto [it, fresh] = read_files.emplace(id, item.path);
      if (!fresh) {
        result->warnings.push_back(
            absl::StrCat(item.path, ": same file as '", it->second, "', read once"));
        continue;
      }
      read(item.path, bytes);
    }
  }
  // Manifests.
  if (manifest.entries().empty()) return;
  for (size_t i = first_doc; i < result->documents.size(); ++i) {
    Document& doc = result->documents[i];
    if (doc.path == "-") continue;
    adapters::ManifestEntry* entry = manifest.Find(adapters::AbsolutePath(doc.path));
    if (entry == nullptr) continue;
    entry->used = true;
    adapters::Manifest::Apply(*entry, inferred[i - first_doc], &doc);
  }
  for (const adapters::ManifestEntry& e : manifest.entries()) {
    if (!e.used) {
      result->warnings.push_back(absl::StrCat(e.origin, ": manifest entry '", adapters::Excerpt(e.written, 200),
                                              "' matches no input that was read"));
    }
  }
}

absl::StatusOr<FieldMapping> ParseFieldMapping(std::string_view spec) {
  FieldMapping mapping;
  std::set<std::string> seen;
  size_t begin = 0;
  while (begin <= spec.size()) {
    size_t comma = spec.find(',', begin);
    std::string_view item = adapters::TrimLine(
        spec.substr(begin, comma == std::string_view::npos ? std::string_view::npos : comma - begin));
    begin = comma == std::string_view::npos ? spec.size() + 1 : comma + 1;
    if (item.empty()) continue;
    size_t eq = item.find('=');
    if (eq == std::string_view::npos) {
      return absl::InvalidArgumentError(
          absl::StrCat("field mapping item '", std::string(item), "' has no '=' (expected KEY=NAME)"));
    }
    std::string key = absl::AsciiStrToLower(AbslView(adapters::TrimLine(item.substr(0, eq))));
    std::string name(adapters::TrimLine(item.substr(eq + 1)));
    std::string* slot = nullptr;
    if (key == "id") slot = &mapping.id;
    if (key == "title") slot = &mapping.title;
    if (key == "body") slot = &mapping.body;
    if (key == "outlet") slot = &mapping.outlet;
    if (key == "published") slot = &mapping.published;
    if (key == "url") slot = &mapping.url;
    if (key == "language") slot = &mapping.language;
    if (slot == nullptr) {
      return absl::InvalidArgumentError(absl::StrCat(
          "field mapping item '", std::string(item), "': unknown key '", key,
          "' (expected id, title, body, outlet, published, url or language)"));
    }
    if (name.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("field mapping item '", std::string(item), "': no field name after '='"));
    }
    if (!seen.insert(key).second) {
      return absl::InvalidArgumentError(
          absl::StrCat("field mapping item '", std::string(item), "': '", key, "' is given twice"));
    }
    *slot = std::move(name);
  }
  return mapping;
}

}  // namespace sangati
