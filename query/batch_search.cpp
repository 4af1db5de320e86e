#include "batch_search.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>

#include "csv_parser.hpp"
#include "error.hpp"

namespace news {
namespace {

constexpr std::size_t kMaxBatchBytes = 64 * 1024 * 1024;
constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string lower_trimmed(std::string text) {
  const std::size_t begin = text.find_first_not_of(" \t");
  const std::size_t end = text.find_last_not_of(" \t");
  text = begin == std::string::npos ? std::string() : text.substr(begin, end - begin + 1);
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return char(std::tolower(c)); });
  return text;
}

BatchFile parse_lines(std::string_view text) {
  BatchFile file;
  std::size_t number = 0;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    std::string line(text.substr(0, end));
    text.remove_prefix(std::min(end + 1, text.size()));
    ++number;
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    if (line.find_first_not_of(" \t") == std::string::npos || line.front() == '#') {
      continue;
    }
    file.lines.push_back(BatchLine{number, {}, line, {}});
  }
  return file;
}

BatchLine csv_line(const CsvRow& row, std::size_t query_column, std::size_t width) {
  BatchLine line{row.line, {}, {}, row.error};
  if (line.error.empty() && row.fields.size() != width) {
    line.error =
        std::to_string(row.fields.size()) + " cells where the header has " + std::to_string(width);
  }
  for (std::size_t i = 0; i < row.fields.size(); ++i) {
    if (i == query_column) {
      line.query = row.fields[i];
    } else if (i < width) {
      line.carried.push_back(row.fields[i]);
    }
  }
  line.carried.resize(width - 1);
  return line;
}

BatchFile parse_table(std::string_view text) {
  const std::vector<CsvRow> rows = parse_csv(text, ',', true);
  BatchFile file;
  if (rows.empty()) {
    return file;
  }
  const std::vector<std::string>& header = rows.front().fields;
  std::size_t query_column = header.size();
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (lower_trimmed(header[i]) == "query" && query_column == header.size()) {
      query_column = i;
    } else {
      file.columns.push_back(header[i]);
    }
  }
  if (query_column == header.size() || !rows.front().error.empty()) {
    throw Error(ExitCode::kUsage, "the batch file's first row has no \"query\" column",
                "a CSV batch starts with a header row such as: label,query");
  }
  for (std::size_t r = 1; r < rows.size(); ++r) {
    file.lines.push_back(csv_line(rows[r], query_column, header.size()));
  }
  return file;
}

// YYYY-MM-DD of the first result of `request` sorted by `sort`, "" when none is dated.
std::string edge_date(SearchEngine& engine, SearchRequest request, SortOrder sort) {
  request.sort = sort;
  request.limit = 1;
  request.offset = 0;
  request.auto_correct = false;  // the query that ran, not a suggestion of it
  request.exact_total = false;
  const SearchResponse response = engine.search(request);
  if (response.results.empty() || !response.results.front().article.date) {
    return "";
  }
  return to_iso8601(*response.results.front().article.date).substr(0, 10);
}

}  // namespace

BatchFile parse_batch(std::string_view text, bool csv) {
  if (text.starts_with(kBom)) {
    text.remove_prefix(kBom.size());
  }
  return csv ? parse_table(text) : parse_lines(text);
}

BatchFile read_batch_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string text;
  char block[64 * 1024];
  while (in && text.size() <= kMaxBatchBytes) {
    in.read(block, sizeof block);
    text.append(block, std::size_t(in.gcount()));
  }
  if (!in && !in.eof()) {
    throw Error(ExitCode::kUsage, "cannot read the batch file " + path,
                "--batch takes a file of requests, one per line (or a CSV with a query column)");
  }
  if (text.size() > kMaxBatchBytes) {
    throw Error(ExitCode::kUsage, "the batch file " + path + " is larger than 64 MB",
                "split it into several batches");
  }
  return parse_batch(text, lower_trimmed(path).ends_with(".csv"));
}

BatchRow answer_batch_line(SearchEngine& engine, const SearchRequest& base, const BatchLine& line) {
  SearchRequest request = base;
  request.query = line.query;
  request.all = false;
  request.offset = 0;
  request.exact_total = true;
  const SearchResponse response = engine.search(request);
  BatchRow row{line, response.header.total, "", "", {}};
  for (const SearchResult& r : response.results) {
    row.top_ids.push_back(r.article.id);
  }
  if (row.total > 0) {
    // The corrected query, when auto-correct ran one, is what the dates are taken over.
    if (!response.header.corrected_query.empty()) {
      request.query = response.header.corrected_query;
    }
    row.first_date = edge_date(engine, request, SortOrder::kOldest);
    row.last_date = edge_date(engine, request, SortOrder::kNewest);
  }
  return row;
}

}  // namespace news
