// tests/adapters/test_util.h: helpers shared by the adapters tests.
#ifndef SANGATI_TESTS_ADAPTERS_TEST_UTIL_H_
#define SANGATI_TESTS_ADAPTERS_TEST_UTIL_H_

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "adapters/read.h"
#include "engine/core/document.h"

namespace sangati::testing {

inline std::string SourcePath(std::string_view relative) {
  return std::string(SANGATI_SOURCE_DIR) + "/" + std::string(relative);
}

inline std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Reads one file through ReadInputs.
inline ReadResult ReadOne(const std::string& path, const ReadOptions& options = {}) {
  ReadResult result;
  ReadInputs({path}, options, &result);
  return result;
}

// True when some line of `text` (split at "\n") equals `line`.
inline bool HasLine(const std::string& text, std::string_view line) {
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    if (std::string_view(text).substr(begin, end - begin) == line) return true;
    begin = end + 1;
  }
  return false;
}

// The position of the first occurrence of `needle` in the document body.
inline SourcePos PosOfText(const Document& doc, std::string_view needle) {
  size_t at = doc.text.find(needle);
  if (at == std::string::npos) return SourcePos{};
  return doc.PositionOf(static_cast<uint32_t>(at));
}

// A fresh directory under the system temp dir, removed by the destructor.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "sangati_adapters_XXXXXX").string();
    char* made = mkdtemp(tmpl.data());
    path_ = made == nullptr ? std::string() : std::string(made);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string File(std::string_view name) const { return path_ + "/" + std::string(name); }
  // Writes `content` to `name` (parent directories created) and returns its path.
  std::string Write(std::string_view name, std::string_view content) const {
    std::string p = File(name);
    std::filesystem::create_directories(std::filesystem::path(p).parent_path());
    std::ofstream out(p, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return p;
  }

 private:
  std::string path_;
};

}  // namespace sangati::testing

#endif  // SANGATI_TESTS_ADAPTERS_TEST_UTIL_H_
