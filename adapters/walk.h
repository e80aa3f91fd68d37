// adapters/walk.h: the filesystem side of ReadInputs(): listing the files
// under a PATH and reading them with limits.
//
// ListInput() turns one PATH into a list of WalkItems in a stable order
// (directory entries sorted by name, byte-wise, descended depth-first with
// an explicit stack). Only regular files are read; FIFOs, sockets and
// devices are listed as skipped without being opened, so nothing blocks.
// Inside directories, symbolic links are skipped unless followed; when
// followed, directories already visited are skipped, so link loops end.
// Names starting with '.' are left out. Manifests
// (sangati-manifest.{yaml,yml,csv}) are listed as kManifest. A folder's own
// documentation met in a directory walk (README, SOURCE, LICENSE, ... with
// any extension) is listed as kFolderDoc: it describes the articles, it is
// not one of them. A file named as a PATH is always a kFile.
#ifndef SANGATI_ADAPTERS_WALK_H_
#define SANGATI_ADAPTERS_WALK_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"

namespace sangati::adapters {

struct WalkItem {
  enum Kind { kFile, kManifest, kFolderDoc, kSkipped };
  Kind kind = kFile;
  std::string path;
  std::string reason;  // kSkipped: one line, without the path
};

// Whether `name` (a file name, no directory) is a folder's documentation
// rather than an article: README, SOURCE(S), LICENSE/LICENCE, COPYING,
// NOTICE, AUTHORS, CHANGELOG, CONTRIBUTING, case-insensitive, with or
// without an extension.
bool IsFolderDocName(std::string_view name);

// Lists what to read for one PATH argument. A PATH that is itself a
// symbolic link is followed.
void ListInput(const std::string& path, bool follow_symlinks, std::vector<WalkItem>* out);

// Identity of a file, to read each file once.
struct FileId {
  uint64_t device = 0, inode = 0;
  friend bool operator<(const FileId& a, const FileId& b) {
    return a.device != b.device ? a.device < b.device : a.inode < b.inode;
  }
};

// Reads the regular file at `path` into `*bytes`. Opened non-blocking and
// checked with fstat, so a path that turned into a FIFO does not block.
// Errors (one line, no path): "cannot open: <reason>", "not a regular file",
// "file is N bytes, over the limit of M bytes".
absl::Status ReadFileBytes(const std::string& path, uint64_t max_bytes, std::string* bytes, FileId* id);

// Reads all of stdin (at most `max_bytes`).
absl::Status ReadStdin(uint64_t max_bytes, std::string* bytes);

}  // namespace sangati::adapters

#endif  // SANGATI_ADAPTERS_WALK_H_
