#include "scanner.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "sources/input_names.hpp"

namespace news {
namespace {

namespace fs = std::filesystem;

std::int64_t mtime_ns(const fs::directory_entry& entry, std::error_code& ec) {
  const auto t = entry.last_write_time(ec);
  return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

std::string extension_of(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return char(std::tolower(c)); });
  return ext.empty() ? "(none)" : ext;
}

bool is_hidden(const fs::path& p) {
  return is_hidden_name(p.filename().string());
}

void add_file(const fs::directory_entry& entry, const fs::path& root, const std::string& shown_root,
              const std::string& folder_root, ScanResult& out) {
  const fs::path& p = entry.path();
  if (!is_readable_name(p.filename().string())) {
    ++out.ignored["unsupported " + extension_of(p)];
    return;
  }
  if (is_documentation_name(p.filename().string())) {
    ++out.ignored["documentation (README, LICENSE...)"];
    return;
  }
  std::error_code ec;
  InputFile file;
  file.disk_path = p.string();
  file.id = p.lexically_relative(root).generic_string();
  file.path = (fs::path(shown_root) / file.id).lexically_normal().generic_string();
  file.root = folder_root;
  file.size = entry.file_size(ec);
  file.mtime_ns = mtime_ns(entry, ec);
  if (ec) {
    out.errors.emplace_back(file.path, ec.message());
    return;
  }
  out.files.push_back(std::move(file));
}

void scan_folder(const std::string& input, ScanResult& out) {
  std::error_code ec;
  const fs::path root = fs::canonical(input, ec);
  out.folder_roots.push_back(root.string());
  const std::size_t first = out.files.size();
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (is_hidden(it->path())) {
      it.disable_recursion_pending();
      continue;
    }
    std::error_code type_ec;
    if (it->is_regular_file(type_ec)) {
      add_file(*it, root, input, root.string(), out);
    }
  }
  if (ec) {
    out.errors.emplace_back(input, "cannot read folder: " + ec.message());
  }
  std::sort(out.files.begin() + std::ptrdiff_t(first), out.files.end(),
            [](const InputFile& a, const InputFile& b) { return a.id < b.id; });
}

}  // namespace

ScanResult scan_inputs(const std::vector<std::string>& inputs) {
  ScanResult out;
  for (const std::string& input : inputs) {
    std::error_code ec;
    const fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status)) {
      out.errors.emplace_back(input, "no such file or folder");
    } else if (fs::is_directory(status)) {
      scan_folder(input, out);
    } else if (fs::is_regular_file(status)) {
      const fs::directory_entry entry(fs::canonical(input, ec));
      const fs::path parent = entry.path().parent_path();
      add_file(entry, parent, fs::path(input).parent_path().string(), "", out);
    } else {
      out.errors.emplace_back(input, "not a regular file or folder");
    }
  }
  return out;
}

}  // namespace news
