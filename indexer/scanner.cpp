#include "scanner.hpp"

#include <filesystem>

#include "folder_walk.hpp"
#include "path_names.hpp"

namespace news {
namespace {

namespace fs = std::filesystem;

void note_error(ScanNotes& notes, std::string path, std::string reason) {
  notes.errors.emplace_back(std::move(path), std::move(reason));
  ++notes.error_count;
}

}  // namespace

Scanner::Scanner(const std::vector<std::string>& inputs) {
  for (const std::string& input : inputs) {
    std::error_code ec;
    const fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status)) {
      note_error(m_notes, escape_path_name(input), "no such file or folder");
    } else if (fs::is_directory(status)) {
      const fs::path root = fs::canonical(input, ec);
      m_notes.folder_roots.push_back(root.string());
      auto walk = std::make_unique<FolderWalk>(root, input, m_notes);
      m_counted += walk->counted();
      m_inputs.push_back({std::move(walk), 0});
    } else if (fs::is_regular_file(status)) {
      const fs::path canonical = fs::canonical(input, ec);
      std::optional<InputFile> file = input_file(
          canonical, escape_path_name(canonical.filename().string()),
          canonical.parent_path().string(), fs::path(input).parent_path().string(), false, m_notes);
      if (file) {
        m_inputs.push_back({nullptr, m_file_inputs.size()});
        m_file_inputs.push_back(std::move(*file));
        ++m_counted;
      }
    } else {
      note_error(m_notes, escape_path_name(input), "not a regular file or folder");
    }
  }
}

Scanner::~Scanner() = default;

void Scanner::set_collections(std::map<std::string, std::string> collection_of_root) {
  m_collection_of_root = std::move(collection_of_root);
}

std::optional<InputFile> Scanner::next() {
  while (m_next_input < m_inputs.size()) {
    Input& input = m_inputs[m_next_input];
    std::optional<InputFile> file;
    if (input.walk == nullptr) {
      file = m_file_inputs[input.file];
      ++m_next_input;
    } else if (file = input.walk->next(); !file) {
      input.walk.reset();  // its survey's record goes with it
      ++m_next_input;
      continue;
    } else if (const auto it = m_collection_of_root.find(file->root);
               it != m_collection_of_root.end()) {
      file->collection = it->second;
      file->id = it->second + "/" + file->relative;
    }
    file->walked = ++m_walked;
    return file;
  }
  m_done = true;
  return std::nullopt;
}

std::vector<ScanError> Scanner::take_errors() {
  std::vector<ScanError> errors;
  errors.swap(m_notes.errors);
  return errors;
}

ScanResult scan_inputs(const std::vector<std::string>& inputs) {
  Scanner scanner(inputs);
  ScanResult out;
  while (std::optional<InputFile> file = scanner.next()) {
    out.files.push_back(std::move(*file));
  }
  out.errors = scanner.take_errors();
  out.folder_roots = scanner.notes().folder_roots;
  out.unlisted = scanner.notes().unlisted;
  out.ignored = scanner.notes().ignored;
  return out;
}

bool is_under_folder(const std::string& relative, const std::string& folder) {
  return folder.empty() || relative == folder ||
         (relative.size() > folder.size() && relative.starts_with(folder) &&
          relative[folder.size()] == '/');
}

}  // namespace news
