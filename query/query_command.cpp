#include "query_command.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "batch_command.hpp"
#include "error.hpp"
#include "export_dir.hpp"
#include "manifest.hpp"
#include "result_writer.hpp"
#include "search_engine.hpp"
#include "svg_chart.hpp"

namespace news {
namespace {

namespace fs = std::filesystem;

// --output, --manifest: the file is written as a temporary file beside it, renamed over it
// once complete, so a query that fails half-way leaves no partial file (and an existing
// one untouched).
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

SearchHeader count_matches(const QueryOptions& o, SearchEngine& engine, std::ostream& out) {
  SearchRequest request = o.request;
  request.limit = 1;
  request.all = false;
  const SearchHeader header = engine.search(
      request, [](const SearchHeader&) {}, [](const SearchResult&) {});
  print_notes(header);
  out << header.total << '\n';
  return header;
}

// The results streamed to the writer of --format and, with --export-dir, into the folder.
SearchHeader write_results(const QueryOptions& o, SearchEngine& engine, std::ostream& out,
                           bool terminal) {
  std::optional<ExportDir> exports;
  if (!o.export_dir.empty()) {
    exports.emplace(o.export_dir, o.force);
  }
  const auto writer = make_writer(o.format, out, terminal, o.request);
  const SearchHeader header = engine.search(
      o.request,
      [&](const SearchHeader& h) {
        print_notes(h);
        writer->begin(h);
      },
      [&](const SearchResult& r) {
        writer->write(r);
        if (exports) {
          exports->write(r);
        }
      });
  writer->end();
  if (exports) {
    exports->finish(manifest_json(o.request, header));
    std::cerr << "newsquery: exported " << exports->articles_written() << " articles to "
              << o.export_dir << '\n';
  }
  return header;
}

void write_manifest(const QueryOptions& o, const SearchHeader& header, OutputFile& file) {
  file.stream() << manifest_json(o.request, header)
                       .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                << '\n';
  file.finish();
}

}  // namespace

int run_query(const QueryOptions& o) {
  SearchEngine engine(o.db_dirs);
  std::optional<OutputFile> file, manifest, plot;
  if (!o.output.empty()) {
    file.emplace(o.output, o.force);
  }
  if (!o.manifest.empty()) {
    manifest.emplace(o.manifest, o.force);
  }
  if (!o.plot.empty()) {
    plot.emplace(o.plot, o.force);
  }
  std::ostream& out = file ? file->stream() : std::cout;
  int status = 0;
  if (!o.batch.empty()) {
    status = run_batch(o, engine, out);
  } else {
    const SearchHeader header =
        o.count ? count_matches(o, engine, out)
                : write_results(o, engine, out, !file && isatty(STDOUT_FILENO) != 0);
    status = header.total > 0 ? int(ExitCode::kOk) : int(ExitCode::kNoMatch);
    if (manifest) {
      write_manifest(o, header, *manifest);
    }
    if (plot) {
      write_timeline_svg(plot->stream(), request_title(o.request), header.timeline,
                         header.count_by == "story" ? "stories" : "articles");
      plot->finish();
    }
  }
  if (file) {
    file->finish();
  } else if (!out.flush()) {
    throw Error(ExitCode::kUsage, "cannot write the results");
  }
  return status;
}

}  // namespace news
