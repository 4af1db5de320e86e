#include "query_command.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "error.hpp"
#include "result_writer.hpp"
#include "search_engine.hpp"

namespace news {
namespace {

std::ofstream open_output(const QueryOptions& o) {
  std::error_code ec;
  if (std::filesystem::exists(o.output, ec) && !o.force) {
    throw Error(ExitCode::kUsage, o.output + " exists: not overwritten",
                "add --force to overwrite it");
  }
  std::ofstream out(o.output, std::ios::binary | std::ios::trunc);
  if (!out) {
    throw Error(ExitCode::kUsage, "cannot write " + o.output);
  }
  return out;
}

void print_notes(const SearchHeader& header) {
  for (const std::string& note : header.notes) {
    std::cerr << "newsquery: note: " << note << '\n';
  }
}

}  // namespace

int run_query(const QueryOptions& o) {
  SearchEngine engine(o.db_dirs);
  std::ofstream file;
  if (!o.output.empty()) {
    file = open_output(o);
  }
  std::ostream& out = o.output.empty() ? std::cout : file;
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
    const bool terminal = o.output.empty() && isatty(STDOUT_FILENO) != 0;
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
  out.flush();
  if (!out) {
    throw Error(ExitCode::kUsage, "cannot write the results" +
                                      (o.output.empty() ? std::string() : " to " + o.output));
  }
  return header.total > 0 ? int(ExitCode::kOk) : int(ExitCode::kNoMatch);
}

}  // namespace news
