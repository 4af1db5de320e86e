#include "export_dir.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "article_json.hpp"
#include "error.hpp"
#include "json_writer.hpp"

namespace news {
namespace {

namespace fs = std::filesystem;

// Bytes of the escaped name kept before the hash of a long id.
constexpr std::size_t kKeptBeforeHash = 160;
constexpr const char* kManifestName = "manifest";

bool kept_byte(unsigned char c, bool first) {
  const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return alnum || c == '-' || c == '_' || (c == '.' && !first);
}

std::string hex64(unsigned long long value) {
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", value);
  return text;
}

// The escaped name cut to `max` bytes without splitting a %XX.
std::size_t cut_before_escape(const std::string& name, std::size_t max) {
  if (name[max - 1] == '%') {
    return max - 1;
  }
  if (name[max - 2] == '%') {
    return max - 2;
  }
  return max;
}

void write_all(int fd, const std::string& content) {
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      throw std::system_error(errno, std::generic_category());
    }
    done += std::size_t(n);
  }
}

}  // namespace

std::string export_file_name(std::string_view id) {
  if (id.empty()) {
    return "%";
  }
  std::string name;
  for (std::size_t i = 0; i < id.size(); ++i) {
    const auto c = static_cast<unsigned char>(id[i]);
    if (kept_byte(c, i == 0)) {
      name.push_back(char(c));
    } else {
      char escaped[4];
      std::snprintf(escaped, sizeof escaped, "%%%02X", unsigned(c));
      name += escaped;
    }
  }
  if (name == kManifestName) {
    return "%6D" + name.substr(1);
  }
  if (name.size() <= kMaxExportName) {
    return name;
  }
  const XXH128_hash_t hash = XXH3_128bits(id.data(), id.size());
  return name.substr(0, cut_before_escape(name, kKeptBeforeHash)) + "~" + hex64(hash.high64) +
         hex64(hash.low64);
}

ExportDir::ExportDir(std::string dir, bool force) : m_dir(std::move(dir)), m_force(force) {
  std::error_code ec;
  fs::create_directories(m_dir, ec);
  m_fd = ::open(m_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (m_fd < 0) {
    const std::string why = ec ? ec.message() : std::strerror(errno);
    throw Error(ExitCode::kUsage, "cannot export to " + m_dir + ": " + why,
                "--export-dir takes a folder (made when missing)");
  }
}

ExportDir::~ExportDir() {
  ::close(m_fd);
}

void ExportDir::write_file(const std::string& name, const std::string& content) {
  // With force, the file is written under a temporary name, then renamed over the old one:
  // a symlink in its place is replaced, not followed. Names never start with '.'.
  const std::string target = m_force ? "." + name + ".partial" : name;
  if (m_force) {
    ::unlinkat(m_fd, target.c_str(), 0);
  }
  int fd =
      ::openat(m_fd, target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  const int open_error = errno;
  const std::string path = (fs::path(m_dir) / name).string();
  if (fd < 0 && open_error == EEXIST) {
    throw Error(ExitCode::kUsage, path + " exists: not overwritten",
                "add --force to overwrite it, or export to an empty folder");
  }
  try {
    if (fd < 0) {
      throw std::system_error(open_error, std::generic_category());
    }
    write_all(fd, content);
    const int closed = ::close(fd);
    fd = -1;
    if (closed != 0) {
      throw std::system_error(errno, std::generic_category());
    }
    if (m_force && ::renameat(m_fd, target.c_str(), m_fd, name.c_str()) != 0) {
      throw std::system_error(errno, std::generic_category());
    }
  } catch (const std::system_error& e) {
    if (fd >= 0) {
      ::close(fd);
    }
    if (m_force) {
      ::unlinkat(m_fd, target.c_str(), 0);  // no half-written temporary left behind
    }
    throw Error(ExitCode::kUsage, "cannot write " + path + ": " + e.code().message());
  }
}

void ExportDir::write(const SearchResult& result) {
  const Article& a = result.article;
  const std::string name = export_file_name(a.id);
  write_file(name + ".txt", a.title + "\n\n" + a.body + "\n");
  nlohmann::ordered_json meta = result_json(result);
  meta["text_file"] = name + ".txt";
  write_file(name + ".json", dump_json_line(meta) + "\n");
  ++m_written;
}

void ExportDir::finish(nlohmann::ordered_json manifest) {
  manifest["files"] = m_written;
  write_file(std::string(kManifestName) + ".json",
             manifest.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

}  // namespace news
