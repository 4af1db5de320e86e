#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "conll_reader.hpp"
#include "recognizer.hpp"
#include "trainer.hpp"

namespace news::ner {
namespace {

namespace fs = std::filesystem;

// A CoNLL file written to a temporary directory, removed afterwards.
class ConllFile {
 public:
  explicit ConllFile(const std::string& content)
      : m_path(fs::temp_directory_path() / ("ner_test_" + std::to_string(::getpid()) + ".txt")) {
    std::ofstream(m_path) << content;
  }
  ~ConllFile() { fs::remove(m_path); }
  std::string path() const { return m_path.string(); }

 private:
  fs::path m_path;
};

// Many small documents: "<First> <Last> visited <City> for <Org> ."
std::string synthetic_corpus() {
  const char* first[] = {"Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid"};
  const char* last[] = {"Novak", "Petrov", "Rossi", "Khan", "Silva", "Meyer"};
  const char* city[] = {"Lisbon", "Oslo", "Cairo", "Lima", "Quito", "Riga"};
  const char* org[] = {"Reuters", "Unicef", "Siemens", "Fiat", "Nokia", "Oxfam"};
  std::ostringstream out;
  for (int d = 0; d < 36; ++d) {
    out << "-DOCSTART- -X- O O\n\n";
    out << first[d % 6] << " NNP I-NP I-PER\n" << last[(d / 6) % 6] << " NNP I-NP I-PER\n";
    out << "visited VBD O O\n" << city[(d + 1) % 6] << " NNP I-NP I-LOC\n";
    out << "for IN O O\n" << org[(d + 2) % 6] << " NNP I-NP I-ORG\n. . O O\n\n";
  }
  return out.str();
}

TEST(NerTraining, ReadsIob1Documents) {
  ConllFile file(
      "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n\n"
      "Peter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\n"
      "Paris NNP I-NP B-LOC\nLondon NNP I-NP B-LOC\n");
  std::vector<AnnotatedDocument> docs = read_conll(file.path());
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].doc.sentences.size(), 2u);
  ASSERT_EQ(docs[0].gold.size(), 3u);
  EXPECT_EQ(docs[0].gold[2].first, 3u);
  EXPECT_EQ(docs[0].gold[2].last, 5u);
  EXPECT_EQ(docs[0].gold[2].type, EntityType::kPerson);
  ASSERT_EQ(docs[1].gold.size(), 2u);  // B- starts a new entity of the same type
  EXPECT_EQ(docs[0].doc.tokens[3].text, "Peter");
}

TEST(NerTraining, MissingFileThrows) {
  EXPECT_THROW(read_conll("/nonexistent/train.txt"), std::runtime_error);
}

TEST(NerTraining, TrainsAModelThatTags) {
  ConllFile file(synthetic_corpus());
  TrainerOptions options;
  options.train_files = {file.path()};
  options.epochs = 5;
  std::ostringstream log;
  Model model = train_model(options, log);
  Recognizer r = Recognizer::from_bytes(serialize_model(model));
  EntitySets sets = r.recognize("Carla Khan visited Oslo for Nokia .");
  EXPECT_EQ(sets.persons, std::vector<std::string>{"Carla Khan"});
  EXPECT_EQ(sets.places, std::vector<std::string>{"Oslo"});
  EXPECT_EQ(sets.orgs, std::vector<std::string>{"Nokia"});
}

}  // namespace
}  // namespace news::ner
