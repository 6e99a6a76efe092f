// Pictures on options: choices of choice and multi questions and the sides of matching pairs may carry
// `image:` with its required `alt:`. Read by the type's file pair, checked by lint at the option's line
// and column, stored by the compiled-bank cache (which refuses an entry once such a picture changes),
// kept by the bank writer, shown in Anki's front and named by GIFT's warnings.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/bank/bank_cache.hpp"
#include "core/bank/bank_cache_codec.hpp"
#include "core/bank/bank_loader.hpp"
#include "core/interop/apkg_export.hpp"
#include "core/interop/bank_writer.hpp"
#include "core/interop/gift_export.hpp"
#include "core/session/shown_order.hpp"
#include "../interop/interop_test_support.hpp"
#include "bank_test_helpers.hpp"

using namespace retain;

namespace {

namespace fs = std::filesystem;

const fs::path kOptionImages = fs::path(RETAIN_TEST_DATA) / "images";

// A temporary bank folder with pics/blue.png and pics/red.jpg.
struct OptionFolder {
    test::TempDir dir{"option-images"};
    const fs::path& path = dir.path();
    OptionFolder() {
        fs::create_directories(path / "pics");
        fs::copy_file(kOptionImages / "blue-8x6.png", path / "pics/blue.png");
        fs::copy_file(kOptionImages / "red-10x10.jpg", path / "pics/red.jpg");
    }
    std::string write(const std::string& name, const std::string& text) const {
        test::writeFile(dir.file(name), text);
        return dir.file(name);
    }
};

const std::string kHeader = "bank:\n  id: options\n  title: Options\nquestions:\n";

// A choice whose first choice has a text and a picture and whose second is picture-only (line 8 and 9).
const std::string kChoice = "  - id: colour\n    type: choice\n    prompt: Which is blue?\n    explanation: The first.\n"
                            "    choices:\n"
                            "      - {text: Blue, image: pics/blue.png, alt: a blue rectangle}\n"
                            "      - {image: pics/red.jpg, alt: a red square}\n"
                            "      - Green\n"
                            "    answer: Blue\n";
const std::string kMulti = "  - id: warm\n    type: multi\n    prompt: Which are warm?\n    explanation: Red.\n"
                           "    choices: [{text: Red, image: pics/red.jpg, alt: a red square}, Blue, Orange]\n"
                           "    answers: [Red, Orange]\n";
const std::string kMatching = "  - id: pair\n    type: matching\n    prompt: Match.\n    explanation: Colours.\n"
                              "    pairs:\n"
                              "      - {left: {image: pics/blue.png, alt: a blue rectangle}, right: blue}\n"
                              "      - {left: Red, right: {text: red, image: pics/red.jpg, alt: a red square}}\n";

const Problem* problemWith(const BankLoadResult& result, const std::string& words) { return test::findProblem(result.problems, words); }

}  // namespace

TEST_CASE("option images: choices, multi choices and matching sides carry pictures relative to the bank file") {
    OptionFolder folder;
    const BankLoadResult result = loadBank(folder.write("b.yaml", kHeader + kChoice + kMulti + kMatching));
    REQUIRE(result.ok);
    CHECK(result.problems.empty());
    REQUIRE(result.bank.questions.size() == 3);
    const auto& choice = std::get<ChoiceAnswer>(result.bank.questions[0].answer);
    CHECK(choice.choices == std::vector<std::string>{"Blue", "a red square", "Green"});  // picture-only: named by its alt
    REQUIRE(choice.choiceImages.size() == 3);
    CHECK(choice.choiceImages[0].path == "pics/blue.png");
    CHECK(choice.choiceImages[0].resolved == (folder.path / "pics/blue.png").string());
    CHECK(choice.choiceImages[0].alt == "a blue rectangle");
    CHECK(choice.choiceImages[0].line == 10);
    CHECK(choice.choiceImages[1].alt == "a red square");
    CHECK(pictureOnly(choice.choices[1], choice.choiceImages[1]));
    CHECK_FALSE(pictureOnly(choice.choices[0], choice.choiceImages[0]));
    CHECK(choice.choiceImages[2].empty());
    const auto& multi = std::get<MultiAnswer>(result.bank.questions[1].answer);
    REQUIRE(multi.choiceImages.size() == 3);
    CHECK(multi.choiceImages[0].path == "pics/red.jpg");
    const auto& matching = std::get<MatchingAnswer>(result.bank.questions[2].answer);
    REQUIRE(matching.leftImages.size() == 2);
    REQUIRE(matching.rightImages.size() == 2);
    CHECK(matching.pairs[0].first == "a blue rectangle");
    CHECK(matching.leftImages[0].path == "pics/blue.png");
    CHECK(matching.leftImages[1].empty());
    CHECK(matching.rightImages[1].path == "pics/red.jpg");
    CHECK(matching.pairs[1].second == "red");
    // Every picture is stamped, so the cache sees each one change.
    CHECK(result.imageStamps.size() == 5);
    CHECK(questionImages(result.bank.questions[2]).size() == 2);
    const std::vector<QuestionPicture> pictures = questionPictures(result.bank.questions[0]);
    REQUIRE(pictures.size() == 2);
    CHECK(pictures[0].role == PictureRole::Option);
    CHECK(pictures[0].option == "Blue");
    CHECK(pictures[1].option == "a red square");
}

TEST_CASE("option images: a text-only bank keeps no option pictures") {
    OptionFolder folder;
    const BankLoadResult result = loadBank(folder.write("b.yaml", kHeader +
        "  - id: q\n    type: matching\n    prompt: Match.\n    explanation: x\n    pairs: [{left: a, right: b}, {left: c, right: d}]\n"));
    REQUIRE(result.bank.questions.size() == 1);
    CHECK(std::get<MatchingAnswer>(result.bank.questions[0].answer).leftImages.empty());
    CHECK(std::get<MatchingAnswer>(result.bank.questions[0].answer).rightImages.empty());
}

TEST_CASE("option images: lint reports a missing or broken option picture at the option's line and column") {
    OptionFolder folder;
    fs::copy_file(kOptionImages / "not-a-picture.png", folder.path / "pics/text.png");
    std::string bank = kChoice;
    bank.replace(bank.find("pics/red.jpg"), 12, "pics/text.png");
    bank.replace(bank.find("pics/blue.png"), 13, "pics/gone.png");
    const BankLoadResult result = loadBank(folder.write("b.yaml", kHeader + bank));
    const Problem* gone = problemWith(result, "image 'pics/gone.png' not found");
    REQUIRE(gone != nullptr);
    CHECK(gone->file == (folder.path / "b.yaml").string());
    CHECK(gone->line == 10);
    CHECK(gone->column == 29);
    const Problem* broken = problemWith(result, "image 'pics/text.png' is not a PNG or JPEG");
    REQUIRE(broken != nullptr);
    CHECK(broken->line == 11);
    CHECK(broken->column == 17);
    CHECK(result.bank.questions.size() == 1);  // the window shows the alt text instead
}

TEST_CASE("option images: mistakes in an option's map are located") {
    OptionFolder folder;
    SUBCASE("no alt") {
        const BankLoadResult result = loadBank(folder.write("b.yaml", kHeader +
            "  - id: q\n    type: choice\n    prompt: P?\n    explanation: x\n    choices: [{text: A, image: pics/blue.png}, B]\n    answer: A\n"));
        const Problem* problem = problemWith(result, "'image' needs 'alt'");
        REQUIRE(problem != nullptr);
        CHECK(problem->line == 9);
        CHECK(result.bank.questions.empty());
    }
    SUBCASE("a map without a picture") {
        const BankLoadResult result = loadBank(folder.write("b.yaml", kHeader +
            "  - id: q\n    type: choice\n    prompt: P?\n    explanation: x\n    choices: [{text: A}, B]\n    answer: A\n"));
        CHECK(problemWith(result, "choice 1 is a map: give it 'image' and 'alt'") != nullptr);
    }
    SUBCASE("an unknown key") {
        const BankLoadResult result = loadBank(folder.write("b.yaml", kHeader +
            "  - id: q\n    type: matching\n    prompt: P?\n    explanation: x\n"
            "    pairs: [{left: {image: pics/blue.png, alt: blue, caption: no}, right: b}, {left: c, right: d}]\n"));
        CHECK(problemWith(result, "caption") != nullptr);
    }
}

TEST_CASE("option images: the shown order moves each picture with its option") {
    OptionFolder folder;
    const BankLoadResult result = loadBank(folder.write("b.yaml", kHeader + kChoice + kMatching));
    REQUIRE(result.bank.questions.size() == 2);
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const Question shown = shownQuestion(result.bank.questions[0], makeShownOrder(result.bank.questions[0], seed));
        const auto& spec = std::get<ChoiceAnswer>(shown.answer);
        for (std::size_t i = 0; i < spec.choices.size(); ++i) {
            CHECK((spec.choices[i] == "Green") == spec.choiceImages[i].empty());
        }
        const Question pairs = shownQuestion(result.bank.questions[1], makeShownOrder(result.bank.questions[1], seed));
        const auto& matching = std::get<MatchingAnswer>(pairs.answer);
        for (std::size_t i = 0; i < matching.pairs.size(); ++i) {
            CHECK((matching.pairs[i].second == "red") == !matching.rightImages[i].empty());
        }
    }
}

TEST_CASE("option images: the cache keeps them, and refuses an entry once an option picture changes") {
    OptionFolder folder;
    const std::string bank = folder.write("b.yaml", kHeader + kChoice + kMulti + kMatching);
    const BankLoadResult loaded = loadBank(bank);
    REQUIRE(loaded.problems.empty());
    const BankCache cache((folder.path / "cache").string(), 42);
    std::ifstream in(bank, std::ios::binary);
    BankSourceHash hash("file");
    hash.add(bank, std::string{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()});
    REQUIRE(cache.store(bank, hash.value(), loaded));
    const auto found = cache.find(bank, hash.value());
    REQUIRE(found.has_value());
    const auto& choice = std::get<ChoiceAnswer>(found->bank.questions[0].answer);
    REQUIRE(choice.choiceImages.size() == 3);
    CHECK(choice.choiceImages[1].alt == "a red square");
    CHECK(choice.choiceImages[1].line == 11);
    const auto& matching = std::get<MatchingAnswer>(found->bank.questions[2].answer);
    REQUIRE(matching.rightImages.size() == 2);
    CHECK(matching.rightImages[1].resolved == (folder.path / "pics/red.jpg").string());
    // The red picture is a choice's and a matching side's, never the question's own: still stale.
    fs::copy_file(kOptionImages / "big.png", folder.path / "pics/red.jpg", fs::copy_options::overwrite_existing);
    CHECK_FALSE(cache.find(bank, hash.value()).has_value());
}

TEST_CASE("option images: the bank writer keeps them, so the written bank loads back equal") {
    OptionFolder folder;
    const BankLoadResult loaded = loadBank(folder.write("b.yaml", kHeader + kChoice + kMulti + kMatching));
    REQUIRE(loaded.problems.empty());
    const std::string written = folder.write("again.yaml", writeBankYaml(loaded.bank));
    const BankLoadResult again = loadBank(written);
    CHECK(again.problems.empty());
    REQUIRE(again.bank.questions.size() == 3);
    const auto& choice = std::get<ChoiceAnswer>(again.bank.questions[0].answer);
    CHECK(choice.choices == std::get<ChoiceAnswer>(loaded.bank.questions[0].answer).choices);
    REQUIRE(choice.choiceImages.size() == 3);
    CHECK(choice.choiceImages[0].path == "pics/blue.png");
    CHECK(choice.choiceImages[1].alt == "a red square");
    CHECK(pictureOnly(choice.choices[1], choice.choiceImages[1]));
    const auto& matching = std::get<MatchingAnswer>(again.bank.questions[2].answer);
    REQUIRE(matching.leftImages.size() == 2);
    CHECK(matching.leftImages[0].path == "pics/blue.png");
    CHECK(matching.rightImages[1].path == "pics/red.jpg");
}

TEST_CASE("option images: Anki's front shows each under its option's text; GIFT names each it leaves out") {
    OptionFolder folder;
    const BankLoadResult loaded = loadBank(folder.write("b.yaml", kHeader + kChoice));
    REQUIRE(loaded.bank.questions.size() == 1);
    const std::string front = ankiFrontHtml(loaded.bank.questions[0], {"blue.png", "red.jpg"});
    CHECK(front.find("<div>Blue<br><img src=\"blue.png\" alt=\"a blue rectangle\"></div>") != std::string::npos);
    CHECK(front.find("<div>a red square<br><img src=\"red.jpg\" alt=\"a red square\"></div>") != std::string::npos);
    const std::vector<std::string> warnings = giftUncarriedPictures(loaded.bank);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].find("picture pics/blue.png is not carried") != std::string::npos);
    CHECK(warnings[1].find("picture pics/red.jpg is not carried") != std::string::npos);
}
