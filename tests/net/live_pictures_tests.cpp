// Pictures for the phones: the question message names each picture of the open question (its own and
// its options', never the explanation's) by a URL the server maps back to a file of the game's questions
// only; any other /picture/ URL, and every path trick, is a 404. Over 127.0.0.1, bounded.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

#include "http_test_client.hpp"
#include "net/live_pictures.hpp"
#include "net/live_server.hpp"
#include "net/live_wire_types.hpp"
#include "net_test_support.hpp"

using namespace retain;
using namespace retain::net;
using namespace retain::net_test;

namespace {

const std::string kImageData = RETAIN_TEST_DATA "/images";

QuestionImage pictureAt(const std::string& file, const std::string& alt) {
    return QuestionImage{file, kImageData + "/" + file, alt, 1, 1};
}

// A choice question with a picture, a picture on its second choice (picture-only) and on its explanation.
Bank picturedBank() {
    Bank bank;
    bank.id = "pictured";
    Question choice = makeQuestion("colour", ChoiceAnswer{{"Blue", "a red square", "Green"}, 0, true,
                                                          {QuestionImage{}, pictureAt("red-10x10.jpg", "a red square"), QuestionImage{}}});
    choice.image = pictureAt("blue-8x6.png", "a blue rectangle");
    choice.explanationImage = pictureAt("big.png", "the answer drawn out");
    bank.questions.push_back(choice);
    bank.questions.push_back(makeQuestion("plain", TrueFalseAnswer{true}));
    return bank;
}

std::string fileBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("net pictures: the table holds the game's question and option pictures, never the explanation's") {
    const Bank bank = picturedBank();
    const LivePictureFiles files = livePictureFiles(questionsOf(bank));
    REQUIRE(files.size() == 2);
    CHECK(files[0] == std::vector<std::string>{kImageData + "/blue-8x6.png", kImageData + "/red-10x10.jpg"});
    CHECK(files[1].empty());
    CHECK(livePictureFile(files, "/picture/0/0.png") == kImageData + "/blue-8x6.png");
    CHECK(livePictureFile(files, "/picture/0/1.jpg") == kImageData + "/red-10x10.jpg");
    for (const char* uri : {"/picture/0/2.png", "/picture/0/1.png", "/picture/1/0.png", "/picture/7/0.png", "/picture/0/0.png/x",
                            "/picture/0/0.pngx", "/picture//0.png", "/picture/-1/0.png", "/picture/0/../../etc/passwd", "/picture/x/0.png",
                            "/picture/0/00000000000000000001.png", "/pictures/0/0.png"}) {
        CAPTURE(uri);
        CHECK(livePictureFile(files, uri).empty());
    }
}

TEST_CASE("net pictures: the question's wire form carries URLs and alt texts, options in their shown order") {
    const Bank bank = picturedBank();
    const Question& question = bank.questions[0];
    const ShownOrder order{{2, 1, 0}, {}, {}};
    const nlohmann::json wire = questionWire(question, order, 0);
    CHECK(wire["image"]["url"] == "/picture/0/0.png");
    CHECK(wire["image"]["alt"] == "a blue rectangle");
    REQUIRE(wire["choice_images"].size() == 3);
    CHECK(wire["choice_images"][0].is_null());  // Green
    CHECK(wire["choice_images"][1]["url"] == "/picture/0/1.jpg");
    CHECK(wire["choice_images"][1]["only"] == true);
    CHECK(wire["choice_images"][2].is_null());  // Blue
    CHECK(wire.dump().find("big.png") == std::string::npos);
    CHECK(wire.dump().find("answer drawn out") == std::string::npos);
    // Without the game's index (as before this feature) nothing about pictures is sent.
    CHECK_FALSE(questionWire(question, order).contains("image"));
    CHECK_FALSE(questionWire(bank.questions[1], {}, 1).contains("image"));
}

TEST_CASE("net pictures: the server serves a picture URL of the game and refuses any other") {
    const Bank bank = picturedBank();
    SystemClock clock;
    LiveServerOptions options = loopbackOptions(RETAIN_WEB_ROOT, 4);
    options.pictures = livePictureFiles(questionsOf(bank));
    LiveServer server(options, clock);
    std::string error;
    REQUIRE_MESSAGE(server.start(error), error);
    const HttpReply png = httpGet(server.port(), "/picture/0/0.png");
    CHECK(png.status == 200);
    CHECK(png.contentType == "image/png");
    CHECK(png.body == fileBytes(kImageData + "/blue-8x6.png"));
    const HttpReply jpeg = httpGet(server.port(), "/picture/0/1.jpg");
    CHECK(jpeg.status == 200);
    CHECK(jpeg.contentType == "image/jpeg");
    CHECK(jpeg.body == fileBytes(kImageData + "/red-10x10.jpg"));
    for (const char* path : {"/picture/0/2.png", "/picture/1/0.png", "/picture/0/0.jpg", "/picture/%2e%2e/%2e%2e/CMakeLists.txt",
                             "/picture/0/../../../../etc/passwd", "/picture/", "/picture/big.png"}) {
        CAPTURE(path);
        CHECK(httpGet(server.port(), path).status == 404);
    }
    server.stop();
}
