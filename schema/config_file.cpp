#include "config_file.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "error.hpp"

namespace news::config {
namespace {

namespace po = boost::program_options;

constexpr std::string_view kPrograms[] = {"newsindex", "newsquery"};

std::string trimmed(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) {
    return {};
  }
  const std::size_t last = text.find_last_not_of(" \t\r");
  return std::string(text.substr(first, last - first + 1));
}

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

Error bad_line(const std::string& file_name, int line, const std::string& reason,
               const std::string& hint = {}) {
  return Error(
      ExitCode::kUsage, file_name + ":" + std::to_string(line) + ": " + reason,
      hint.empty() ? "lines are KEY = VALUE, KEY a long option (db, jobs, format...)" : hint);
}

// "[newsquery]" -> "newsquery"; throws on anything but a known program's section.
std::string section_name(const std::string& text, const std::string& file_name, int line) {
  const std::string name = text.back() == ']' ? trimmed(text.substr(1, text.size() - 2)) : "";
  for (std::string_view program : kPrograms) {
    if (name == program) {
      return name;
    }
  }
  throw bad_line(file_name, line, "unknown section " + text, "use [newsindex] or [newsquery]");
}

// "db = ~/news.db" -> "db = /home/me/news.db": the file is read by no shell to expand it.
std::string with_home(const std::string& text) {
  const std::size_t eq = text.find('=');
  const std::size_t value = text.find_first_not_of(" \t", eq == std::string::npos ? 0 : eq + 1);
  if (eq == std::string::npos || value == std::string::npos || text.compare(value, 2, "~/") != 0 ||
      env("HOME").empty()) {
    return text;
  }
  return text.substr(0, value) + env("HOME") + text.substr(value + 1);
}

void store_line(const std::string& text, const std::string& file_name, int line,
                const po::options_description& options, std::string_view program,
                po::variables_map& vm) {
  const std::string key = trimmed(text.substr(0, text.find('=')));
  if (key == "help" || key == "version") {
    throw bad_line(file_name, line, key + " cannot be set in the config file");
  }
  try {
    std::istringstream one(with_home(text));
    po::store(po::parse_config_file(one, options), vm);
  } catch (const po::unknown_option&) {
    throw bad_line(file_name, line, "'" + key + "' is not an option of " + std::string(program),
                   "options of one program only go under [newsindex] or [newsquery]");
  } catch (const po::error& e) {
    throw bad_line(file_name, line, e.what());
  }
}

bool asked_for(const po::variables_map& vm, const std::string& option) {
  const auto found = vm.find(option);
  return found != vm.end() && !found->second.defaulted();
}

}  // namespace

std::optional<std::filesystem::path> config_file_path() {
  if (const char* named = std::getenv("NEWSINDEX_CONFIG"); named != nullptr) {
    if (*named == '\0') {
      return std::nullopt;
    }
    std::error_code ec;
    if (!std::filesystem::is_regular_file(named, ec)) {
      throw Error(ExitCode::kUsage, std::string("no config file ") + named,
                  "$NEWSINDEX_CONFIG names the config file; unset it or leave it empty for none");
    }
    return std::filesystem::path(named);
  }
  std::filesystem::path base = env("XDG_CONFIG_HOME");
  if (base.empty() || base.is_relative()) {
    if (env("HOME").empty()) {
      return std::nullopt;
    }
    base = std::filesystem::path(env("HOME")) / ".config";
  }
  std::filesystem::path file = base / "newsindex" / "config";
  std::error_code ec;
  return std::filesystem::is_regular_file(file, ec) ? std::optional(file) : std::nullopt;
}

void store_config_text(std::istream& text, const std::string& file_name,
                       const po::options_description& options, std::string_view program,
                       po::variables_map& vm) {
  std::string raw, section;
  int line = 0;
  while (std::getline(text, raw)) {
    ++line;
    const std::string content = trimmed(raw.substr(0, raw.find('#')));
    if (content.empty()) {
      continue;
    }
    if (content.front() == '[') {
      section = section_name(content, file_name, line);
    } else if (section.empty() || section == program) {
      store_line(content, file_name, line, options, program, vm);
    }
  }
}

void store_defaults(const po::options_description& options, std::string_view program,
                    po::variables_map& vm) {
  if (asked_for(vm, "help") || asked_for(vm, "version")) {
    return;  // help is there to fix a config file too
  }
  po::store(
      po::parse_environment(
          options, [](const std::string& name) { return name == "NEWSINDEX_DB" ? "db" : ""; }),
      vm);
  const std::optional<std::filesystem::path> file = config_file_path();
  if (!file) {
    return;
  }
  std::ifstream in(*file);
  if (!in) {
    throw Error(ExitCode::kUsage, "cannot read config file " + file->string());
  }
  store_config_text(in, file->string(), options, program, vm);
}

}  // namespace news::config
