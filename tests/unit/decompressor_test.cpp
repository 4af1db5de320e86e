// Streaming decompression: concatenated gzip members, damage, bombs; and where a long
// article is cut.
#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

#include "sources/decompressor.hpp"
#include "sources/item_limits.hpp"

namespace news {
namespace {

std::string gzip(const std::string& data, int level = 6) {
  z_stream z{};
  deflateInit2(&z, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

struct Drained {
  std::string data;
  std::string failure;
  bool bomb = false;
};

Drained drain(std::string_view bytes) {
  ByteSource source(bytes);
  Decompressor d(source);
  Drained out;
  for (std::string_view block = d.next(); !block.empty(); block = d.next()) {
    out.data.append(block);
  }
  out.failure = d.failure();
  out.bomb = d.bomb();
  return out;
}

TEST(Decompressor, ReadsConcatenatedGzipMembersAndPlainData) {
  const Drained two = drain(gzip("first member\n") + gzip("second member\n"));
  EXPECT_EQ(two.data, "first member\nsecond member\n");
  EXPECT_EQ(two.failure, "");
  EXPECT_EQ(drain("not compressed at all").data, "not compressed at all");
  const Drained trailing = drain(gzip("story") + "garbage after the last member");
  EXPECT_EQ(trailing.data, "story");
  EXPECT_EQ(trailing.failure, "");
}

TEST(Decompressor, KeepsWhatComesBeforeDamage) {
  std::string text;
  for (int i = 0; i < 20000; ++i) {
    text += "line " + std::to_string(i) + " of a story that is cut short\n";
  }
  const std::string whole = gzip(text);
  const Drained cut = drain(std::string_view(whole).substr(0, whole.size() / 2));
  EXPECT_EQ(cut.failure, "truncated gzip data");
  EXPECT_FALSE(cut.bomb);
  EXPECT_GT(cut.data.size(), text.size() / 4);
  EXPECT_TRUE(text.starts_with(cut.data));
  std::string corrupt = whole;
  corrupt[corrupt.size() / 2] ^= 0x55;
  corrupt[corrupt.size() / 2 + 1] ^= 0x55;
  EXPECT_NE(drain(corrupt).failure, "");
}

TEST(Decompressor, RefusesABombAfterAFewMegabytes) {
  const Drained zeros = drain(gzip(std::string(std::size_t{16} << 20, '\0'), 9));
  EXPECT_TRUE(zeros.bomb);
  EXPECT_TRUE(zeros.failure.starts_with("decompression bomb: ")) << zeros.failure;
  EXPECT_LT(zeros.data.size(), std::size_t{8} << 20);
  // Repetitive text compresses a few hundred times: not a bomb.
  std::string repeated;
  while (repeated.size() < (std::size_t{8} << 20)) {
    repeated += "The harbour master said the ferry would sail at dawn, weather permitting. ";
  }
  const Drained text = drain(gzip(repeated, 6));
  EXPECT_FALSE(text.bomb) << text.failure;
  EXPECT_EQ(text.data.size(), repeated.size());
  EXPECT_THROW(decompress_all(gzip(std::string(2048, 'a')), 1024), ReadError);
}

TEST(ItemLimits, CutsAfterALineBreakOrBeforeAUtf8Sequence) {
  EXPECT_EQ(article_cut("short", 10), 5u);
  EXPECT_EQ(article_cut("line one\nline two\n", 12), 9u);
  const std::string accents = std::string(2000, 'a') + "\xC3\xA9\xC3\xA9";
  EXPECT_EQ(article_cut(accents, 2001), 2000u);
  EXPECT_EQ(article_cut(accents, 2002), 2002u);
  EXPECT_EQ(size_text(512), "512 B");
  EXPECT_EQ(size_text(std::uint64_t{10} << 20), "10 MB");
  EXPECT_EQ(size_text(std::uint64_t{3} << 19), "1.5 MB");
  EXPECT_EQ(size_text(std::uint64_t{206} << 20), "206 MB");
}

TEST(ItemLimits, CapsARecordBodyWithAWarningNamingTheArticle) {
  Article a;
  a.id = "feed.jsonl#7";
  a.body = std::string(3000, 'x');
  EXPECT_EQ(cap_article_body(a, 1024),
            "article feed.jsonl#7: body larger than 1 KB (2.9 KB): only the first 1 KB indexed "
            "(--max-article-bytes)");
  EXPECT_EQ(a.body.size(), 1024u);
  EXPECT_EQ(cap_article_body(a, 1024), "");
}

}  // namespace
}  // namespace news
