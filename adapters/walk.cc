#include "adapters/walk.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <set>

#include "absl/strings/str_cat.h"
#include "adapters/manifest.h"

namespace sangati::adapters {
namespace {

std::string Errno(int err) { return std::strerror(err); }

const char* TypeName(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISLNK(mode)) return "a symbolic link";
  return "not a regular file";
}

std::string Join(const std::string& dir, const std::string& name) {
  if (!dir.empty() && dir.back() == '/') return dir + name;
  return absl::StrCat(dir, "/", name);
}

// Sorted names in `dir`, without ".", ".." and hidden ones.
bool ListDirectory(const std::string& dir, std::vector<std::string>* names, int* err) {
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) {
    *err = errno;
    return false;
  }
  errno = 0;
  while (struct dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name.empty() || name[0] == '.') continue;
    names->push_back(std::move(name));
  }
  closedir(d);
  std::sort(names->begin(), names->end());
  return true;
}

void WalkDirectory(const std::string& root, const struct stat& root_st, bool follow,
                   std::vector<WalkItem>* out) {
  struct Frame {
    std::string dir;
    std::vector<std::string> names;
    size_t next = 0;
  };
  std::set<FileId> visited;
  std::vector<Frame> stack;
  auto enter = [&](const std::string& dir, const struct stat& st) {
    if (!visited.insert({static_cast<uint64_t>(st.st_dev), static_cast<uint64_t>(st.st_ino)}).second) {
      out->push_back({WalkItem::kSkipped, dir, "directory already visited (a symbolic link loop?)"});
      return;
    }
    Frame f;
    f.dir = dir;
    int err = 0;
    if (!ListDirectory(dir, &f.names, &err)) {
      out->push_back({WalkItem::kSkipped, dir, absl::StrCat("cannot read directory: ", Errno(err))});
      return;
    }
    stack.push_back(std::move(f));
  };
  enter(root, root_st);
  while (!stack.empty()) {
    Frame& top = stack.back();
    if (top.next >= top.names.size()) {
      stack.pop_back();
      continue;
    }
    const std::string name = top.names[top.next++];
    const std::string path = Join(top.dir, name);
    struct stat st;
    if (lstat(path.c_str(), &st) != 0) {
      out->push_back({WalkItem::kSkipped, path, absl::StrCat("cannot read: ", Errno(errno))});
      continue;
    }
    if (S_ISLNK(st.st_mode)) {
      if (!follow) {
        out->push_back({WalkItem::kSkipped, path, "symbolic link, not followed (use --follow-symlinks)"});
        continue;
      }
      if (stat(path.c_str(), &st) != 0) {
        out->push_back({WalkItem::kSkipped, path, absl::StrCat("cannot follow symbolic link: ", Errno(errno))});
        continue;
      }
    }
    if (S_ISDIR(st.st_mode)) {
      enter(path, st);  // may invalidate `top`
    } else if (S_ISREG(st.st_mode)) {
      out->push_back({IsManifestName(name)    ? WalkItem::kManifest
                      : IsFolderDocName(name) ? WalkItem::kFolderDoc
                                              : WalkItem::kFile,
                      path, ""});
    } else {
      out->push_back({WalkItem::kSkipped, path, absl::StrCat(TypeName(st.st_mode), ", not read")});
    }
  }
}

}  // namespace

bool IsFolderDocName(std::string_view name) {
  const size_t dot = name.find('.');
  std::string stem(name.substr(0, dot));
  for (char& c : stem) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  static constexpr std::string_view kNames[] = {
      "README", "SOURCE",  "SOURCES", "LICENSE",   "LICENCE",     "COPYING",
      "NOTICE", "AUTHORS", "CHANGES", "CHANGELOG", "CONTRIBUTING"};
  for (std::string_view n : kNames) {
    if (stem == n) return true;
  }
  return false;
}

void ListInput(const std::string& path, bool follow, std::vector<WalkItem>* out) {
  struct stat st;
  if (lstat(path.c_str(), &st) != 0) {
    out->push_back({WalkItem::kSkipped, path, absl::StrCat("cannot read: ", Errno(errno))});
    return;
  }
  if (S_ISLNK(st.st_mode) && stat(path.c_str(), &st) != 0) {
    out->push_back({WalkItem::kSkipped, path, absl::StrCat("cannot follow symbolic link: ", Errno(errno))});
    return;
  }
  if (S_ISDIR(st.st_mode)) {
    WalkDirectory(path, st, follow, out);
  } else if (S_ISREG(st.st_mode)) {
    out->push_back({WalkItem::kFile, path, ""});
  } else {
    out->push_back({WalkItem::kSkipped, path,
                    absl::StrCat(TypeName(st.st_mode), ", not read (pipe data in with \"-\")")});
  }
}

absl::Status ReadFileBytes(const std::string& path, uint64_t max_bytes, std::string* bytes, FileId* id) {
  int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return absl::NotFoundError(absl::StrCat("cannot open: ", Errno(errno)));
  struct stat st;
  if (fstat(fd, &st) != 0) {
    int err = errno;
    close(fd);
    return absl::InternalError(absl::StrCat("cannot stat: ", Errno(err)));
  }
  if (!S_ISREG(st.st_mode)) {
    close(fd);
    return absl::FailedPreconditionError(absl::StrCat(TypeName(st.st_mode), ", not read"));
  }
  if (static_cast<uint64_t>(st.st_size) > max_bytes) {
    close(fd);
    return absl::ResourceExhaustedError(absl::StrCat("file is ", st.st_size, " bytes, over the limit of ",
                                                     max_bytes, " bytes"));
  }
  if (id != nullptr) *id = {static_cast<uint64_t>(st.st_dev), static_cast<uint64_t>(st.st_ino)};
  bytes->clear();
  bytes->reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  while (true) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      close(fd);
      return absl::DataLossError(absl::StrCat("read error: ", Errno(err)));
    }
    if (n == 0) break;
    if (bytes->size() + static_cast<size_t>(n) > max_bytes) {
      close(fd);
      return absl::ResourceExhaustedError(absl::StrCat("file grew over the limit of ", max_bytes, " bytes"));
    }
    bytes->append(buf, static_cast<size_t>(n));
  }
  close(fd);
  return absl::OkStatus();
}

absl::Status ReadStdin(uint64_t max_bytes, std::string* bytes) {
  bytes->clear();
  char buf[1 << 16];
  while (true) {
    ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return absl::DataLossError(absl::StrCat("read error: ", Errno(errno)));
    }
    if (n == 0) break;
    if (bytes->size() + static_cast<size_t>(n) > max_bytes) {
      return absl::ResourceExhaustedError(absl::StrCat("input is over the limit of ", max_bytes, " bytes"));
    }
    bytes->append(buf, static_cast<size_t>(n));
  }
  return absl::OkStatus();
}

}  // namespace sangati::adapters
