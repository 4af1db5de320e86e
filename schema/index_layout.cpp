#include "index_layout.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

namespace news::schema::layout {
namespace {

namespace fs = std::filesystem;

constexpr const char* kStub = "XAPIANDB";
constexpr const char* kStubTemp = "XAPIANDB.tmp";
constexpr const char* kSizes = "newsindex-sizes";
constexpr std::string_view kGenPrefix = "gen-";

void sync_path(const fs::path& p, bool directory) {
  const int fd = ::open(p.c_str(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

std::map<std::string, std::uintmax_t> read_sizes(const fs::path& generation_dir) {
  std::map<std::string, std::uintmax_t> sizes;
  std::ifstream in(generation_dir / kSizes);
  std::string name;
  std::uintmax_t size = 0;
  while (in >> name >> size) {
    sizes[name] = size;
  }
  return sizes;
}

}  // namespace

void write_atomically(const fs::path& target, const fs::path& temp, const std::string& text,
                      const char* step) {
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) {
      throw fs::filesystem_error("cannot write", temp, std::make_error_code(std::errc::io_error));
    }
  }
  sync_path(temp, false);
  test_stop_point(step);
  fs::rename(temp, target);
  sync_path(target.parent_path().empty() ? "." : target.parent_path(), true);
}

std::optional<std::string> current_generation(const fs::path& dir) {
  const std::vector<std::string> folders = shard_folders(dir);
  if (folders.empty()) {
    return std::nullopt;
  }
  return folders.front().substr(0, folders.front().find('/'));
}

std::vector<std::string> shard_folders(const fs::path& dir) {
  std::ifstream in(dir / kStub);
  std::vector<std::string> folders;
  std::string backend, folder;
  while (in >> backend >> folder) {
    if (!folder.starts_with(kGenPrefix) || folder.find("..") != std::string::npos) {
      return {};
    }
    folders.push_back(folder);
  }
  return folders;
}

std::vector<std::string> shard_folders_of(const std::string& generation, std::size_t shard_count) {
  if (shard_count <= 1) {
    return {generation};
  }
  std::vector<std::string> folders;
  for (std::size_t k = 0; k < shard_count; ++k) {
    folders.push_back(generation + "/shard-" + std::to_string(k));
  }
  return folders;
}

void write_stub(const fs::path& dir, const std::string& generation, std::size_t shard_count) {
  std::string text;
  for (const std::string& folder : shard_folders_of(generation, shard_count)) {
    text += "glass " + folder + "\n";
  }
  write_atomically(dir / kStub, dir / kStubTemp, text, "stub-written");
}

std::string next_generation(const std::string& generation) {
  const unsigned long n = std::strtoul(generation.c_str() + kGenPrefix.size(), nullptr, 10);
  return std::string(kGenPrefix) + std::to_string(n + 1);
}

void remove_leftovers(const fs::path& dir) {
  const std::optional<std::string> current = current_generation(dir);
  if (!current) {
    return;
  }
  std::error_code ec;
  fs::remove(dir / kStubTemp, ec);
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with(kGenPrefix) && name != *current) {
      fs::remove_all(entry.path(), ec);
    }
  }
}

void record_table_sizes(const fs::path& generation_dir) {
  std::ostringstream text;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(generation_dir, ec)) {
    if (entry.path().extension() == ".glass") {
      text << entry.path().filename().string() << ' ' << entry.file_size(ec) << '\n';
    }
  }
  write_atomically(generation_dir / kSizes, generation_dir / (std::string(kSizes) + ".tmp"),
                   text.str(), "sizes-written");
}

std::string short_table(const fs::path& generation_dir) {
  for (const auto& [name, recorded] : read_sizes(generation_dir)) {
    std::error_code ec;
    const std::uintmax_t size = fs::file_size(generation_dir / name, ec);
    if (ec) {
      return name + " is missing";
    }
    if (size < recorded) {
      return name + " is " + std::to_string(size) + " bytes, " + std::to_string(recorded) +
             " when last written";
    }
  }
  return "";
}

void test_stop_point(const char* step) {
  const char* wanted = std::getenv("NEWSINDEX_TEST_STOP_AT");
  if (wanted == nullptr) {
    return;
  }
  const std::string value(wanted);
  if (value == step) {
    std::raise(SIGKILL);
  } else if (value == std::string("pause:") + step) {
    std::raise(SIGSTOP);
  }
}

std::uintmax_t folder_size(const fs::path& dir) {
  std::uintmax_t bytes = 0;
  std::error_code ec;
  for (const auto& entry : fs::recursive_directory_iterator(dir, ec)) {
    bytes += entry.is_regular_file(ec) ? entry.file_size(ec) : 0;
  }
  return bytes;
}

}  // namespace news::schema::layout
