#include "input_kind.hpp"

#include <algorithm>
#include <array>

#include "readers/html_reader.hpp"
#include "readers/record_readers.hpp"
#include "readers/text_reader.hpp"
#include "sources/input_names.hpp"
#include "sources/warc_source.hpp"
#include "text/ascii.hpp"

namespace news {
namespace {

// Article formats: one row per extension (lower case, with the dot).
struct FormatRow {
  std::string_view extension;
  std::string_view format;
  ReadFunction read;
  bool one_article;
};

constexpr FormatRow kFormats[] = {
    {".txt", "text", read_text_article, true},
    {".text", "text", read_text_article, true},
    {".md", "text", read_text_article, true},
    {".markdown", "text", read_text_article, true},
    {".html", "html", read_html_article, true},
    {".htm", "html", read_html_article, true},
    {".xhtml", "html", read_html_article, true},
    {".json", "json", read_json_file, false},
    {".jsonl", "jsonl", read_json_lines_file, false},
    {".ndjson", "jsonl", read_json_lines_file, false},
    {".csv", "csv", read_csv_file, false},
    {".tsv", "tsv", read_tsv_file, false},
    {".warc", "warc", read_warc_file, false},
};

// Containers: one row per extension, the layers it stands for, outermost first. A
// compression row around a name ending in .tar is a compressed tar (".tar.gz").
struct ContainerRow {
  std::string_view extension;
  std::array<std::optional<Container>, 2> layers;
};

constexpr ContainerRow kContainers[] = {
    {".zip", {Container::zip, {}}},
    {".7z", {Container::sevenzip, {}}},
    {".tar", {Container::tar, {}}},
    {".tgz", {Container::gzip, Container::tar}},
    {".tbz2", {Container::bzip2, Container::tar}},
    {".txz", {Container::xz, Container::tar}},
    {".tzst", {Container::zstd, Container::tar}},
    {".gz", {Container::gzip, {}}},
    {".bz2", {Container::bzip2, {}}},
    {".xz", {Container::xz, {}}},
    {".zst", {Container::zstd, {}}},
};

// Magic numbers at the start of the data.
struct MagicRow {
  std::string_view bytes;
  Container container;
};

constexpr MagicRow kMagic[] = {
    {"\x1f\x8b", Container::gzip},
    {std::string_view("\xfd\x37\x7a\x58\x5a\x00", 6), Container::xz},
    {"\x28\xb5\x2f\xfd", Container::zstd},
    {"PK\x03\x04", Container::zip},
    {"PK\x05\x06", Container::zip},  // an empty zip
    {"7z\xbc\xaf\x27\x1c", Container::sevenzip},
};

constexpr std::string_view kNames[] = {"gzip", "bzip2", "xz", "zstd", "tar", "zip", "7z"};

bool is_compression(Container c) {
  return c == Container::gzip || c == Container::bzip2 || c == Container::xz ||
         c == Container::zstd;
}

std::string_view last_component(std::string_view name) {
  const std::size_t slash = name.find_last_of('/');
  return slash == name.npos ? name : name.substr(slash + 1);
}

// ".jpg" for "photo.JPG", "(none)" without a dot in the last component.
std::string extension_of(std::string_view file) {
  const std::size_t dot = file.rfind('.');
  return dot == file.npos ? "(none)" : ascii_lower(file.substr(dot));
}

// "BZh" and a block size, then the magic of a block or of the end of the stream: "BZh9" alone
// may begin a text.
bool is_bzip2(std::string_view b) {
  return b.size() >= 10 && b.starts_with("BZh") && b[3] >= '1' && b[3] <= '9' &&
         (b.substr(4, 6) == "\x31\x41\x59\x26\x53\x59" ||
          b.substr(4, 6) == "\x17\x72\x45\x38\x50\x90");
}

void set_format(InputKind& kind, const FormatRow& row) {
  kind.format = row.format;
  kind.read = row.read;
  kind.one_article = row.one_article;
}

InputKind unsupported(std::string_view name) {
  InputKind kind;
  kind.unsupported = "unsupported " + extension_of(last_component(name));
  return kind;
}

// `name` whose lower-case form is `low`.
InputKind classify(std::string_view name, const std::string& low) {
  for (const FormatRow& row : kFormats) {
    if (low.ends_with(row.extension)) {
      InputKind kind;
      set_format(kind, row);
      return kind;
    }
  }
  for (const ContainerRow& row : kContainers) {
    if (!low.ends_with(row.extension)) {
      continue;
    }
    InputKind kind;
    for (const auto& layer : row.layers) {
      if (layer) {
        kind.chain.push_back(*layer);
      }
    }
    if (kind.chain.size() > 1 || !is_compression(kind.chain[0])) {
      return kind;  // an archive
    }
    const std::string_view inner = name.substr(0, name.size() - row.extension.size());
    const std::string inner_low = low.substr(0, inner.size());
    if (inner_low.ends_with(".tar")) {
      kind.chain.push_back(Container::tar);
      return kind;
    }
    InputKind held = classify(inner, inner_low);
    if (!held.supported()) {
      return unsupported(name);
    }
    held.chain.insert(held.chain.begin(), kind.chain[0]);
    held.inner_name = std::string(inner);
    held.one_article = false;
    return held;
  }
  return unsupported(name);
}

}  // namespace

std::string_view container_name(Container container) {
  return kNames[static_cast<std::size_t>(container)];
}

bool InputKind::is_archive() const {
  return !chain.empty() && (!is_compression(chain[0]) || is_compressed_tar());
}

bool InputKind::is_compressed_tar() const {
  return chain.size() == 2 && is_compression(chain[0]) && chain[1] == Container::tar &&
         inner_name.empty();
}

bool InputKind::is_compressed_file() const {
  return !chain.empty() && is_compression(chain[0]) && !is_compressed_tar();
}

InputKind classify_name(std::string_view name) {
  return classify(name, ascii_lower(name));
}

std::optional<Container> container_magic(std::string_view bytes) {
  for (const MagicRow& row : kMagic) {
    if (bytes.starts_with(row.bytes)) {
      return row.container;
    }
  }
  if (is_bzip2(bytes)) {
    return Container::bzip2;
  }
  return std::nullopt;
}

InputKind sniff_kind(InputKind named, std::string_view name, std::string_view first_bytes) {
  if (named.is_container() || !named.supported()) {
    return named;
  }
  const std::optional<Container> magic = container_magic(first_bytes);
  if (!magic) {
    return named;
  }
  if (!is_compression(*magic)) {
    InputKind archive;
    archive.chain = {*magic};
    return archive;
  }
  named.chain = {*magic};
  named.inner_name = std::string(name);
  named.one_article = false;
  return named;
}

std::string skip_reason(std::string_view name) {
  InputKind kind = classify_name(name);
  if (!kind.supported()) {
    return std::move(kind.unsupported);
  }
  if (is_documentation_name(name)) {
    return "documentation (README, LICENSE...)";
  }
  return {};
}

std::string supported_extensions() {
  std::string out;
  for (const FormatRow& row : kFormats) {
    if (!out.empty()) {
      out += ", ";
    }
    out += row.extension.substr(1);
  }
  return out;
}

}  // namespace news
