#include "cli/rule_loading.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "engine/extract/extractor.h"

namespace sangati {
namespace {

namespace fs = std::filesystem;

bool IsRuleFileName(const fs::path& p) {
  std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

bool Hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

absl::Status AddPath(const std::string& root, int layer, std::vector<RuleFile>* out,
                     std::vector<std::string>* paths) {
  std::error_code ec;
  fs::file_status st = fs::status(root, ec);
  if (ec || !fs::exists(st)) {
    return absl::NotFoundError(absl::StrCat(root, ": rules directory or file not found"));
  }
  std::vector<std::string> files;
  if (fs::is_directory(st)) {
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
    if (ec) return absl::PermissionDeniedError(absl::StrCat(root, ": ", ec.message()));
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      if (Hidden(it->path())) {
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file() && IsRuleFileName(it->path())) {
        files.push_back(it->path().generic_string());
      }
    }
    std::sort(files.begin(), files.end());
  } else {
    files.push_back(root);
  }
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) return absl::PermissionDeniedError(absl::StrCat(f, ": cannot be read"));
    std::stringstream ss;
    ss << in.rdbuf();
    out->push_back(RuleFile{f, ss.str(), layer});
    if (paths) paths->push_back(f);
  }
  return absl::OkStatus();
}

}  // namespace

std::string BundledRulesDir() {
  if (const char* env = std::getenv("SANGATI_RULES_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
#ifdef SANGATI_BUNDLED_RULES_DIR
  return SANGATI_BUNDLED_RULES_DIR;
#else
  return "";
#endif
}

absl::StatusOr<std::vector<RuleFile>> ReadRuleFiles(const RuleSourceOptions& options,
                                                    std::vector<std::string>* user_files) {
  std::vector<RuleFile> files;
  if (!options.no_bundled) {
    std::string dir = BundledRulesDir();
    if (dir.empty()) {
      return absl::NotFoundError(
          "no bundled rules directory is known: set SANGATI_RULES_DIR or pass --no-bundled");
    }
    if (absl::Status s = AddPath(dir, 0, &files, nullptr); !s.ok()) return s;
  }
  for (size_t i = 0; i < options.rule_dirs.size(); ++i) {
    if (absl::Status s = AddPath(options.rule_dirs[i], static_cast<int>(i) + 1, &files,
                                 user_files);
        !s.ok()) {
      return s;
    }
  }
  return files;
}

absl::StatusOr<std::shared_ptr<const RuleSet>> LoadRuleSet(const RuleSourceOptions& options,
                                                           std::vector<Diagnostic>* diagnostics,
                                                           std::vector<std::string>* user_files) {
  auto files = ReadRuleFiles(options, user_files);
  if (!files.ok()) return files.status();
  RuleOptions rule_options;
  rule_options.set_max_mem = std::max<int64_t>(1, options.set_max_mem_mb) << 20;
  rule_options.rule_max_mem = std::max<int64_t>(1, options.rule_max_mem_mb) << 20;
  return CompileRules(*files, rule_options, diagnostics);
}

std::shared_ptr<const RuleSet> LoadRuleSetOrReport(const RuleSourceOptions& options,
                                                   std::ostream& err) {
  std::vector<Diagnostic> diagnostics;
  auto rules = LoadRuleSet(options, &diagnostics);
  if (rules.ok()) return *rules;
  if (diagnostics.empty()) err << "sangati: " << rules.status().message() << "\n";
  for (const Diagnostic& d : diagnostics) err << FormatDiagnostic(d) << "\n";
  return nullptr;
}

}  // namespace sangati
