// adapters/manifest.h: manifests, the user's own statement of what the
// articles do not say (outlet, url, published, title, language).
//
// A manifest is YAML (a list of entries, or a map with an `articles:` list)
// or CSV (a header row naming the columns); each entry has a `path`
// (relative to the manifest's directory, or absolute) that names a file or
// a directory (then it covers every file below it). ReadInputs() loads the
// ReadOptions::manifest file and every sangati-manifest.{yaml,yml,csv} met
// in a directory being read, then applies them to the documents read:
//   - a file entry beats a directory entry; a deeper directory beats a
//     shallower one;
//   - for plain-text articles, whose metadata is inferred from the page,
//     the manifest's non-empty values win; for HTML, JSON and CSV inputs,
//     whose metadata is stated, the manifest only fills what is missing;
//   - entries that match no input are reported as warnings.
// See docs/inputs.md for examples.
#ifndef SANGATI_ADAPTERS_MANIFEST_H_
#define SANGATI_ADAPTERS_MANIFEST_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "engine/core/document.h"

namespace sangati::adapters {

struct ManifestEntry {
  std::string path;        // absolute, lexically normal, no trailing '/'
  std::string written;     // the path as the manifest wrote it
  bool directory = false;  // covers every file below `path`
  std::optional<std::string> outlet, url, published, title;
  std::optional<Language> language;
  std::string origin;      // "manifest.yaml:4" (for messages)
  bool used = false;
};

// File names that are manifests when found in a directory being read.
bool IsManifestName(std::string_view file_name);

// An absolute, lexically normal form of `path` without a trailing '/'.
std::string AbsolutePath(std::string_view path);

class Manifest {
 public:
  // Parses manifest `path` (YAML unless it ends in ".csv"); entry paths are
  // resolved against the manifest's directory. Entries with problems are
  // left out with a warning ("path:line:col: ..."); a manifest that cannot
  // be parsed at all is an InvalidArgument error starting with its location.
  absl::Status Load(std::string_view path, std::string_view bytes, std::vector<std::string>* warnings);

  // The entry that covers the file at absolute path `file`, or null.
  ManifestEntry* Find(const std::string& file);

  // Applies `entry` to `doc` (see the header comment for `override_text`).
  static void Apply(const ManifestEntry& entry, bool override_text, Document* doc);

  std::vector<ManifestEntry>& entries() { return entries_; }

 private:
  std::vector<ManifestEntry> entries_;
};

}  // namespace sangati::adapters

#endif  // SANGATI_ADAPTERS_MANIFEST_H_
