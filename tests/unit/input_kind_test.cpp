// The one classification of inputs: every extension of the tables, case, double
// extensions, hidden and documentation names, and names that lie about their bytes.
#include <gtest/gtest.h>

#include <zlib.h>

#include <string>
#include <vector>

#include "sources/input_kind.hpp"
#include "sources/item_reading.hpp"

namespace news {
namespace {

std::string chain_text(const InputKind& kind) {
  std::string out;
  for (Container c : kind.chain) {
    if (!out.empty()) {
      out += '>';
    }
    out += container_name(c);
  }
  return out;
}

struct Case {
  const char* name;
  const char* chain;   // outermost first, ">"-joined
  const char* format;  // article format, "" for archives and unsupported
  bool one_article;
  const char* inner;  // inner_name
  const char* unsupported;
};

const Case kCases[] = {
    {"a.txt", "", "text", true, "", ""},
    {"a.text", "", "text", true, "", ""},
    {"a.md", "", "text", true, "", ""},
    {"a.markdown", "", "text", true, "", ""},
    {"a.html", "", "html", true, "", ""},
    {"a.htm", "", "html", true, "", ""},
    {"a.xhtml", "", "html", true, "", ""},
    {"a.json", "", "json", false, "", ""},
    {"a.jsonl", "", "jsonl", false, "", ""},
    {"a.ndjson", "", "jsonl", false, "", ""},
    {"a.csv", "", "csv", false, "", ""},
    {"a.tsv", "", "tsv", false, "", ""},
    {"a.warc", "", "warc", false, "", ""},
    {"a.zip", "zip", "", false, "", ""},
    {"a.7z", "7z", "", false, "", ""},
    {"a.tar", "tar", "", false, "", ""},
    {"a.tgz", "gzip>tar", "", false, "", ""},
    {"a.tbz2", "bzip2>tar", "", false, "", ""},
    {"a.txz", "xz>tar", "", false, "", ""},
    {"a.tzst", "zstd>tar", "", false, "", ""},
    {"a.tar.gz", "gzip>tar", "", false, "", ""},
    {"a.tar.bz2", "bzip2>tar", "", false, "", ""},
    {"a.tar.xz", "xz>tar", "", false, "", ""},
    {"a.tar.zst", "zstd>tar", "", false, "", ""},
    {"a.txt.gz", "gzip", "text", false, "a.txt", ""},
    {"a.html.bz2", "bzip2", "html", false, "a.html", ""},
    {"a.jsonl.xz", "xz", "jsonl", false, "a.jsonl", ""},
    {"a.csv.zst", "zstd", "csv", false, "a.csv", ""},
    {"a.warc.gz", "gzip", "warc", false, "a.warc", ""},
    {"a.zip.gz", "gzip>zip", "", false, "a.zip", ""},
    {"a.txt.gz.gz", "gzip>gzip", "text", false, "a.txt.gz", ""},
    {"A.TXT", "", "text", true, "", ""},
    {"Pages.TaR.Gz", "gzip>tar", "", false, "", ""},
    {"Story.Txt.GZ", "gzip", "text", false, "Story.Txt", ""},
    {"dir.v2/story.txt.gz", "gzip", "text", false, "dir.v2/story.txt", ""},
    {"photo.jpg", "", "", false, "", "unsupported .jpg"},
    {"photo.JPG.gz", "", "", false, "", "unsupported .gz"},
    {"Makefile", "", "", false, "", "unsupported (none)"},
    {"dir.v2/Makefile", "", "", false, "", "unsupported (none)"},
    {"a.gz", "", "", false, "", "unsupported .gz"},
    {"archive.tar.gz.part", "", "", false, "", "unsupported .part"},
};

TEST(InputKind, EveryRowOfTheTables) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    const InputKind kind = classify_name(c.name);
    EXPECT_EQ(chain_text(kind), c.chain);
    EXPECT_EQ(kind.format, c.format);
    EXPECT_EQ(kind.one_article, c.one_article);
    EXPECT_EQ(kind.inner_name, c.inner);
    EXPECT_EQ(kind.unsupported, c.unsupported);
    EXPECT_EQ(kind.read != nullptr, std::string(c.format) != "");
  }
}

TEST(InputKind, WhatEachKindIsReadAs) {
  EXPECT_TRUE(classify_name("a.tar.gz").is_archive());
  EXPECT_TRUE(classify_name("a.tar.gz").is_compressed_tar());
  EXPECT_FALSE(classify_name("a.tar.gz").is_compressed_file());
  EXPECT_TRUE(classify_name("a.zip").is_archive());
  EXPECT_FALSE(classify_name("a.zip").is_compressed_tar());
  EXPECT_TRUE(classify_name("a.txt.gz").is_compressed_file());
  EXPECT_FALSE(classify_name("a.txt.gz").is_archive());
  EXPECT_TRUE(classify_name("a.zip.gz").is_compressed_file());  // then the zip, in memory
  EXPECT_FALSE(classify_name("a.txt").is_container());
  EXPECT_TRUE(classify_name("a.txt.gz").is_container());
}

TEST(InputKind, HiddenAndDocumentationNamesAreSkippedWithTheirReason) {
  EXPECT_EQ(skip_reason("story.txt"), "");
  EXPECT_EQ(skip_reason("README.md"), "documentation (README, LICENSE...)");
  EXPECT_EQ(skip_reason("docs/LICENSE.txt"), "documentation (README, LICENSE...)");
  EXPECT_EQ(skip_reason("CHANGELOG"), "unsupported (none)");  // not a format first
  EXPECT_EQ(skip_reason("README.md.gz"), "");  // a compressed file is not documentation
  EXPECT_EQ(skip_reason("photo.jpg"), "unsupported .jpg");
  EXPECT_EQ(skip_reason(".txt"), "");  // hidden names are left out by the walkers
}

TEST(InputKind, SupportedExtensionsListEveryFormatRow) {
  EXPECT_EQ(supported_extensions(),
            "txt, text, md, markdown, html, htm, xhtml, json, jsonl, ndjson, csv, tsv, warc");
}

std::string gzip(const std::string& text) {
  z_stream z{};
  deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(text.size() + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  z.avail_in = uInt(text.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = uInt(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

TEST(InputKind, MagicNumbers) {
  EXPECT_EQ(container_magic(gzip("x")), Container::gzip);
  EXPECT_EQ(container_magic(std::string("\xfd"
                                        "7zXZ\0rest",
                                        9)),
            Container::xz);
  EXPECT_EQ(container_magic("\x28\xb5\x2f\xfdrest"), Container::zstd);
  EXPECT_EQ(container_magic("PK\x03\x04rest"), Container::zip);
  EXPECT_EQ(container_magic("7z\xbc\xaf\x27\x1crest"), Container::sevenzip);
  EXPECT_EQ(container_magic("BZh91AY&SYrest"), Container::bzip2);
  EXPECT_EQ(container_magic("BZh9 is how a text may start"), std::nullopt);
  EXPECT_EQ(container_magic("PK is a name"), std::nullopt);
  EXPECT_EQ(container_magic(""), std::nullopt);
  EXPECT_EQ(container_magic("\x1f"), std::nullopt);
}

TEST(InputKind, ANameThatLiesIsReadByItsBytes) {
  const InputKind named = classify_name("news/story.txt");
  const InputKind gz = sniff_kind(named, "news/story.txt", gzip("Title\n\nBody."));
  EXPECT_EQ(chain_text(gz), "gzip");
  EXPECT_EQ(gz.format, "text");
  EXPECT_EQ(gz.inner_name, "news/story.txt");
  EXPECT_FALSE(gz.one_article);
  const InputKind zip = sniff_kind(named, "news/story.txt", "PK\x03\x04...");
  EXPECT_TRUE(zip.is_archive());
  EXPECT_EQ(chain_text(zip), "zip");
  // Plain text stays text; a container's name is trusted (its readers sniff themselves).
  EXPECT_EQ(chain_text(sniff_kind(named, "news/story.txt", "Title\n")), "");
  EXPECT_EQ(chain_text(sniff_kind(classify_name("a.tgz"), "a.tgz", "PK\x03\x04")), "gzip>tar");
}

TEST(InputKind, AGzippedFileNamedAsTextIsReadAsItsText) {
  RawItem item;
  item.id = item.path = item.source_file = item.name = "story.txt";
  item.field_map = std::make_shared<const FieldMap>();
  item.bytes = gzip("Dockers strike in Rotterdam\n\nThe port was closed on Monday.\n");
  const ReadResult result = read_item(item);
  ASSERT_EQ(result.articles.size(), 1U);
  EXPECT_EQ(result.articles[0].title, "Dockers strike in Rotterdam");
  EXPECT_EQ(result.articles[0].id, "story.txt");
}

}  // namespace
}  // namespace news
