#include "query_command.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "error.hpp"
#include "result_writer.hpp"
#include "search_engine.hpp"
#include "svg_chart.hpp"

namespace news {
namespace {

namespace fs = std::filesystem;

// --output: the results go to a temporary file beside it, renamed over it once complete,
// so a query that fails half-way leaves no partial file (and an existing one untouched).
class OutputFile {
 public:
  OutputFile(const std::string& path, bool force) : m_path(path), m_temp(path + ".partial") {
    std::error_code ec;
    if (fs::is_directory(m_path, ec)) {
      throw Error(ExitCode::kUsage, "cannot write " + m_path + ": it is a folder",
                  "give -o a file name, such as " + (fs::path(m_path) / "results.csv").string());
    }
    if (fs::exists(m_path, ec) && !force) {
      throw Error(ExitCode::kUsage, m_path + " exists: not overwritten",
                  "add --force to overwrite it");
    }
    m_out.open(m_temp, std::ios::binary | std::ios::trunc);
    if (!m_out) {
      throw Error(ExitCode::kUsage, "cannot write " + m_path + ": " + why_not());
    }
  }
  ~OutputFile() {
    if (!m_done) {
      std::error_code ec;
      m_out.close();
      fs::remove(m_temp, ec);
    }
  }
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  std::ostream& stream() { return m_out; }

  // Moves the complete results into place. Throws Error when they cannot be written.
  void finish() {
    m_out.close();
    std::error_code ec;
    if (!m_out || (fs::rename(m_temp, m_path, ec), ec)) {
      throw Error(ExitCode::kUsage, "cannot write the results to " + m_path + ": " +
                                        (ec ? ec.message() : std::strerror(errno)));
    }
    m_done = true;
  }

 private:
  std::string why_not() const {
    const fs::path parent = fs::path(m_path).parent_path();
    std::error_code ec;
    if (!parent.empty() && !fs::is_directory(parent, ec)) {
      return "the folder " + parent.string() + " does not exist";
    }
    return std::strerror(errno);
  }

  std::string m_path, m_temp;
  std::ofstream m_out;
  bool m_done = false;
};

// The request as the chart's title: the query words, then the filters.
std::string request_title(const SearchRequest& r) {
  std::string title = r.query;
  const auto add = [&title](const std::string& part) {
    title += (title.empty() ? "" : " ") + part;
  };
  for (const std::string& person : r.persons) {
    add("person:\"" + person + "\"");
  }
  if (!r.since.empty()) {
    add("since " + r.since);
  }
  if (!r.until.empty()) {
    add("until " + r.until);
  }
  if (!r.language.empty()) {
    add("lang:" + r.language);
  }
  return title;
}

void print_notes(const SearchHeader& header) {
  for (const std::string& note : header.notes) {
    std::cerr << "newsquery: note: " << note << '\n';
  }
}

}  // namespace

int run_query(const QueryOptions& o) {
  SearchEngine engine(o.db_dirs);
  std::optional<OutputFile> file, plot;
  if (!o.output.empty()) {
    file.emplace(o.output, o.force);
  }
  if (!o.plot.empty()) {
    plot.emplace(o.plot, o.force);
  }
  std::ostream& out = file ? file->stream() : std::cout;
  SearchHeader header;
  if (o.count) {
    SearchRequest request = o.request;
    request.limit = 1;
    request.all = false;
    header = engine.search(
        request, [](const SearchHeader&) {}, [](const SearchResult&) {});
    print_notes(header);
    out << header.total << '\n';
  } else {
    const bool terminal = !file && isatty(STDOUT_FILENO) != 0;
    const auto writer = make_writer(o.format, out, terminal);
    header = engine.search(
        o.request,
        [&](const SearchHeader& h) {
          print_notes(h);
          writer->begin(h);
        },
        [&](const SearchResult& r) { writer->write(r); });
    writer->end();
  }
  if (plot) {
    write_timeline_svg(plot->stream(), request_title(o.request), header.timeline,
                       header.count_by == "story" ? "stories" : "articles");
    plot->finish();
  }
  if (file) {
    file->finish();
  } else if (!out.flush()) {
    throw Error(ExitCode::kUsage, "cannot write the results");
  }
  return header.total > 0 ? int(ExitCode::kOk) : int(ExitCode::kNoMatch);
}

}  // namespace news
