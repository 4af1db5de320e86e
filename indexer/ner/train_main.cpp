#include <exception>
#include <iostream>

#include "model_file.hpp"
#include "train_options.hpp"
#include "trainer.hpp"

int main(int argc, char** argv) {
  using namespace news::ner;
  try {
    TrainCommand cmd = parse_train_options(std::vector<std::string>(argv + 1, argv + argc));
    if (cmd.help) {
      std::cout << cmd.help_text;
      return 0;
    }
    Model model = train_model(cmd.trainer, std::cerr);
    save_model_file(model, cmd.output);
    std::cerr << "wrote " << cmd.output << "\n";
    return 0;
  } catch (const std::invalid_argument& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 4;
  }
}
