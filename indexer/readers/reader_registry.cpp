#include "reader_registry.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "html_reader.hpp"
#include "record_readers.hpp"
#include "sources/warc_source.hpp"
#include "text_reader.hpp"

namespace news {
namespace {

struct ReaderEntry {
  std::string_view extension;  // lower case, with the dot
  ReadFunction read;
};

constexpr ReaderEntry kReaders[] = {
    {".txt", read_text_article},      {".text", read_text_article},
    {".md", read_text_article},       {".markdown", read_text_article},
    {".html", read_html_article},     {".htm", read_html_article},
    {".xhtml", read_html_article},    {".json", read_json_file},
    {".jsonl", read_json_lines_file}, {".ndjson", read_json_lines_file},
    {".csv", read_csv_file},          {".tsv", read_tsv_file},
    {".warc", read_warc_file},
};

std::string lower_extension(std::string_view name) {
  const std::size_t slash = name.rfind('/');
  const std::size_t dot = name.rfind('.');
  if (dot == name.npos || (slash != name.npos && dot < slash)) {
    return {};
  }
  std::string ext(name.substr(dot));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return char(std::tolower(c)); });
  return ext;
}

}  // namespace

ReadFunction reader_for(std::string_view name) {
  const std::string ext = lower_extension(name);
  for (const ReaderEntry& entry : kReaders) {
    if (entry.extension == ext) {
      return entry.read;
    }
  }
  return nullptr;
}

bool reads_one_article(std::string_view name) {
  const ReadFunction read = reader_for(name);
  return read == read_text_article || read == read_html_article;
}

std::string_view supported_extensions() {
  return "txt, text, md, markdown, html, htm, xhtml, json, jsonl, ndjson, csv, tsv, warc";
}

}  // namespace news
