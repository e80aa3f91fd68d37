#include "adapters/manifest.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "adapters/csv.h"
#include "adapters/dates.h"
#include "adapters/furniture.h"
#include "adapters/input_text.h"
#include "adapters/json.h"
#include "adapters/record.h"
#include "engine/core/absl_compat.h"

namespace sangati::adapters {
namespace {

namespace fs = std::filesystem;

enum class Key { kPath, kOutlet, kUrl, kPublished, kTitle, kLanguage, kUnknown };

Key KeyOf(std::string_view name) {
  std::string n = NormalizeFieldName(name);
  if (n == "path" || n == "file") return Key::kPath;
  if (n == "outlet" || n == "source" || n == "publisher") return Key::kOutlet;
  if (n == "url" || n == "link") return Key::kUrl;
  if (n == "published" || n == "date" || n == "publicationdate") return Key::kPublished;
  if (n == "title" || n == "headline") return Key::kTitle;
  if (n == "language" || n == "lang") return Key::kLanguage;
  return Key::kUnknown;
}

// Sets one value of `entry`; false (with a warning) when it is bad.
bool SetValue(Key key, std::string_view raw, const std::string& where, ManifestEntry* entry,
              std::vector<std::string>* warnings) {
  std::string_view value = TrimLine(raw);
  if (key == Key::kPath) {
    entry->path = std::string(value);
    return true;
  }
  if (IsNoValue(value)) return true;
  switch (key) {
    case Key::kOutlet: entry->outlet = std::string(value); break;
    case Key::kUrl: entry->url = std::string(value); break;
    case Key::kTitle: entry->title = std::string(value); break;
    case Key::kPublished: {
      std::optional<std::string> iso = NormalizeDateValue(value);
      if (!iso) {
        warnings->push_back(absl::StrCat(where, ": published '", Excerpt(value),
                                         "' is not a date, ignored"));
        return false;
      }
      entry->published = *iso;
      break;
    }
    case Key::kLanguage: {
      Language lang = ParseLanguage(value);
      if (lang == Language::kUnknown) {
        warnings->push_back(absl::StrCat(where, ": language '", Excerpt(value),
                                         "' is not bn/en, ignored"));
        return false;
      }
      entry->language = lang;
      break;
    }
    default: break;
  }
  return true;
}

// Resolves entry->path against `base`; false when it has none.
bool Finish(const fs::path& base, const std::string& where, ManifestEntry* entry,
            std::vector<std::string>* warnings) {
  if (entry->path.empty()) {
    warnings->push_back(absl::StrCat(where, ": manifest entry has no path, ignored"));
    return false;
  }
  entry->written = entry->path;
  bool slash = entry->path.back() == '/';
  fs::path p(entry->path);
  if (p.is_relative()) p = base / p;
  entry->path = AbsolutePath(p.string());
  std::error_code ec;
  entry->directory = slash || fs::is_directory(entry->path, ec);
  entry->origin = where;
  return true;
}

std::string MarkLocation(std::string_view path, const YAML::Mark& mark) {
  if (mark.line < 0) return std::string(path);
  return absl::StrCat(AbslView(path), ":", mark.line + 1, ":", mark.column + 1);
}

absl::Status LoadYaml(std::string_view path, std::string_view bytes, const fs::path& base,
                      std::vector<ManifestEntry>* out, std::vector<std::string>* warnings) {
  // yaml-cpp parses recursively: refuse deep nesting before it sees it.
  constexpr size_t kMaxYamlDepth = 64, kMaxIndent = 256;
  size_t indent = 0, max_indent = 0;
  for (char c : bytes) {
    if (c == '\n' || c == '\r') {
      indent = 0;
    } else if (c == ' ' && indent != static_cast<size_t>(-1)) {
      max_indent = std::max(max_indent, ++indent);
    } else {
      indent = static_cast<size_t>(-1);
    }
  }
  if (JsonNestingDepth(bytes, kMaxYamlDepth) > kMaxYamlDepth || max_indent > kMaxIndent) {
    return absl::InvalidArgumentError(absl::StrCat(AbslView(path), ": manifest nested too deeply, not read"));
  }
  YAML::Node root;
  try {
    root = YAML::Load(std::string(bytes));
  } catch (const YAML::Exception& e) {
    return absl::InvalidArgumentError(absl::StrCat(MarkLocation(path, e.mark), ": YAML error: ", Excerpt(e.msg, 200)));
  }
  YAML::Node list = root;
  if (root.IsMap()) {
    for (const char* key : {"articles", "documents", "files"}) {
      if (root[key]) {
        list = root[key];
        break;
      }
    }
  }
  if (!list.IsSequence()) {
    return absl::InvalidArgumentError(absl::StrCat(
        MarkLocation(path, root.Mark()), ": manifest must be a list of entries or have an 'articles:' list"));
  }
  for (const YAML::Node& item : list) {
    std::string where = MarkLocation(path, item.Mark());
    if (!item.IsMap()) {
      warnings->push_back(absl::StrCat(where, ": manifest entry is not a mapping, ignored"));
      continue;
    }
    ManifestEntry entry;
    for (const auto& kv : item) {
      std::string key = kv.first.IsScalar() ? kv.first.Scalar() : "";
      std::string at = MarkLocation(path, kv.first.Mark());
      Key k = KeyOf(key);
      if (k == Key::kUnknown) {
        warnings->push_back(absl::StrCat(at, ": unknown manifest key '", Excerpt(key),
                                         "' (expected path, outlet, url, published, title, language)"));
        continue;
      }
      if (!kv.second.IsScalar() && !kv.second.IsNull()) {
        warnings->push_back(absl::StrCat(at, ": value of '", Excerpt(key), "' is not a plain value, ignored"));
        continue;
      }
      SetValue(k, kv.second.IsNull() ? "" : kv.second.Scalar(), at, &entry, warnings);
    }
    if (Finish(base, where, &entry, warnings)) out->push_back(std::move(entry));
  }
  return absl::OkStatus();
}

absl::Status LoadCsv(std::string_view path, std::string_view bytes, const fs::path& base,
                     std::vector<ManifestEntry>* out, std::vector<std::string>* warnings) {
  InputText in(std::string(path), bytes, nullptr);
  CsvReader reader(bytes, in.start, ',');
  std::vector<CsvReader::Field> fields;
  CsvReader::Error error;
  CsvReader::Status status = reader.Next(&fields, &error);
  if (status == CsvReader::Status::kEnd) {
    return absl::InvalidArgumentError(absl::StrCat(AbslView(path), ": empty manifest"));
  }
  if (status == CsvReader::Status::kError) {
    return absl::InvalidArgumentError(
        absl::StrCat(in.Location(error.offset), ": CSV syntax error: ", error.message));
  }
  std::vector<Key> columns;
  bool has_path = false;
  for (const auto& f : fields) {
    std::string name = reader.Text(f);
    Key k = KeyOf(name);
    if (k == Key::kUnknown) {
      warnings->push_back(absl::StrCat(in.Location(f.begin), ": unknown manifest column '", Excerpt(name),
                                       "', ignored"));
    }
    has_path = has_path || k == Key::kPath;
    columns.push_back(k);
  }
  if (!has_path) {
    return absl::InvalidArgumentError(absl::StrCat(in.Location(reader.record_begin()),
                                                   ": manifest has no 'path' column"));
  }
  while ((status = reader.Next(&fields, &error)) != CsvReader::Status::kEnd) {
    if (status == CsvReader::Status::kError) {
      warnings->push_back(absl::StrCat(in.Location(error.offset), ": CSV syntax error: ", error.message));
      continue;
    }
    if (fields.size() == 1 && fields[0].begin == fields[0].end) continue;  // blank line
    std::string where = in.Location(reader.record_begin());
    ManifestEntry entry;
    for (size_t i = 0; i < fields.size() && i < columns.size(); ++i) {
      if (columns[i] == Key::kUnknown) continue;
      SetValue(columns[i], reader.Text(fields[i]), in.Location(fields[i].begin), &entry, warnings);
    }
    if (Finish(base, where, &entry, warnings)) out->push_back(std::move(entry));
  }
  return absl::OkStatus();
}

}  // namespace

bool IsManifestName(std::string_view name) {
  return name == "sangati-manifest.yaml" || name == "sangati-manifest.yml" ||
         name == "sangati-manifest.csv";
}

std::string AbsolutePath(std::string_view path) {
  std::error_code ec;
  fs::path p = fs::absolute(fs::path(path), ec);
  if (ec) p = fs::path(path);
  std::string s = p.lexically_normal().string();
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

absl::Status Manifest::Load(std::string_view path, std::string_view bytes, std::vector<std::string>* warnings) {
  fs::path base = fs::path(AbsolutePath(path)).parent_path();
  std::string lower = absl::AsciiStrToLower(AbslView(path));
  if (std::string_view(lower).ends_with(".csv")) return LoadCsv(path, bytes, base, &entries_, warnings);
  return LoadYaml(path, bytes, base, &entries_, warnings);
}

ManifestEntry* Manifest::Find(const std::string& file) {
  ManifestEntry* best = nullptr;
  for (ManifestEntry& e : entries_) {
    if (!e.directory) {
      if (e.path == file) return &e;
      continue;
    }
    bool inside = file.size() > e.path.size() && file.compare(0, e.path.size(), e.path) == 0 &&
                  (file[e.path.size()] == '/' || e.path == "/");
    if (inside && (best == nullptr || e.path.size() > best->path.size())) best = &e;
  }
  return best;
}

void Manifest::Apply(const ManifestEntry& e, bool override_text, Document* doc) {
  auto set = [&](const std::optional<std::string>& from, std::optional<std::string>* to) {
    if (from && (override_text || !*to)) *to = *from;
  };
  set(e.outlet, &doc->outlet);
  set(e.url, &doc->url);
  set(e.published, &doc->published);
  if (e.title && (override_text || doc->title.empty())) {
    doc->title = *e.title;
    doc->title_pos = SourcePos{};  // the title no longer comes from the file
  }
  if (e.language && (override_text || doc->language == Language::kUnknown)) doc->language = *e.language;
}

}  // namespace sangati::adapters
