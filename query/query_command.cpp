#include "query_command.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "error.hpp"
#include "result_writer.hpp"
#include "searcher.hpp"

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

}  // namespace

int run_query(const QueryOptions& o) {
  Searcher searcher(o);
  const SearchHeader header = searcher.run();
  if (!searcher.note().empty()) {
    std::cerr << "newsquery: note: " << searcher.note() << '\n';
  }
  std::ofstream file;
  if (!o.output.empty()) {
    file = open_output(o);
  }
  std::ostream& out = o.output.empty() ? std::cout : file;
  if (o.count) {
    out << header.total << '\n';
  } else {
    const bool terminal = o.output.empty() && isatty(STDOUT_FILENO) != 0;
    const auto writer = make_writer(o.format, out, terminal);
    writer->begin(header);
    searcher.for_each_result([&](const SearchResult& r) { writer->write(r); });
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
