// Question pictures in views: scaled to fit (never enlarged), the provider asked for the resolved file,
// the texture drawn once it is ready and the alt text in its place while it loads or when it failed.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "headless_imgui.hpp"
#include "ui/answer_views/answer_view_registry.hpp"
#include "ui/pictures.hpp"
#include "ui_test_support.hpp"

using namespace retain;
using namespace retain::ui;
using namespace retain::ui::testing;

namespace {

const ImTextureID kFakeTexture = reinterpret_cast<ImTextureID>(static_cast<intptr_t>(77));

class FakePictures final : public PictureProvider {
public:
    Picture next;
    std::vector<std::string> asked;
    Picture picture(const std::string& resolvedPath) override {
        asked.push_back(resolvedPath);
        return next;
    }
};

// A picture of the shapes bank as the loader gives it, under a made-up banks folder.
QuestionImage shapesPicture(const std::string& name, const std::string& alt) {
    return QuestionImage{"shapes/" + name, "/banks/shapes/" + name, alt, 0, 0};
}

QuestionImage hexagon() { return shapesPicture("hexagon.png", "A green shape with six straight sides."); }

// Counts the draw commands of the frame that sample texture.
int commandsWith(ImDrawData* data, ImTextureID texture) {
    int count = 0;
    for (int i = 0; i < data->CmdListsCount; ++i) {
        for (const ImDrawCmd& command : data->CmdLists[i]->CmdBuffer) count += command.TextureId == texture ? 1 : 0;
    }
    return count;
}

}  // namespace

TEST_CASE("pictures: scaled down to fit with the aspect ratio kept, never enlarged") {
    const ImVec2 down = fitPictureSize(640.0f, 480.0f, 320.0f, 320.0f);
    CHECK(down.x == doctest::Approx(320.0f));
    CHECK(down.y == doctest::Approx(240.0f));
    const ImVec2 tall = fitPictureSize(300.0f, 900.0f, 1000.0f, 300.0f);
    CHECK(tall.x == doctest::Approx(100.0f));
    CHECK(tall.y == doctest::Approx(300.0f));
    const ImVec2 small = fitPictureSize(100.0f, 50.0f, 400.0f, 400.0f);
    CHECK(small.x == doctest::Approx(100.0f));
    CHECK(small.y == doctest::Approx(50.0f));
    CHECK(fitPictureSize(0.0f, 50.0f, 400.0f, 400.0f).x == 0.0f);
}

TEST_CASE("pictures: the texture is drawn at the fitted size once ready; the alt text stands in before") {
    HeadlessImGui imgui;
    FakePictures pictures;
    const QuestionImage image = hexagon();
    ImVec2 drawnSize;
    const auto draw = [&] {
        ImGui::SetNextWindowSize(ImVec2(600.0f, 500.0f));
        ImGui::Begin("card");
        drawQuestionImage(image, &pictures, 300.0f, 200.0f);
        drawnSize = ImGui::GetItemRectSize();
        ImGui::End();
    };
    SUBCASE("loading") {
        pictures.next = Picture{PictureState::Loading};
        ImDrawData* data = imgui.frame(draw);
        CHECK(commandsWith(data, kFakeTexture) == 0);
        CHECK(drawnSize.y > 2.0f * ImGui::GetFontSize());  // the note and the alt text, two lines at least
    }
    SUBCASE("failed") {
        pictures.next = Picture{PictureState::Failed};
        CHECK(commandsWith(imgui.frame(draw), kFakeTexture) == 0);
        CHECK(drawnSize.y > 2.0f * ImGui::GetFontSize());
    }
    SUBCASE("ready") {
        pictures.next = Picture{PictureState::Ready, kFakeTexture, 640, 480};
        ImDrawData* data = imgui.frame(draw);
        CHECK(commandsWith(data, kFakeTexture) == 1);
        CHECK(drawnSize.x == doctest::Approx(266.67f).epsilon(0.01));
        CHECK(drawnSize.y == doctest::Approx(200.0f));
    }
    REQUIRE(pictures.asked.size() == 1);
    CHECK(pictures.asked[0] == "/banks/shapes/hexagon.png");
}

TEST_CASE("pictures: without a provider the alt text is shown; a question without a picture draws nothing") {
    HeadlessImGui imgui;
    ImVec2 before, after;
    imgui.frame([&] {
        ImGui::Begin("card");
        before = ImGui::GetCursorPos();
        drawQuestionImage(QuestionImage{}, nullptr, 300.0f, 200.0f);
        after = ImGui::GetCursorPos();
        drawQuestionImage(hexagon(), nullptr, 300.0f, 200.0f);
        CHECK(ImGui::GetItemRectSize().y > ImGui::GetFontSize());
        ImGui::End();
    });
    CHECK(after.y == before.y);
}

namespace {

QuestionImage optionSquare() { return shapesPicture("option-square.png", "A blue square"); }

}  // namespace

TEST_CASE("pictures: an option's picture is drawn inside its button, fitted under the label, once ready") {
    HeadlessImGui imgui;
    FakePictures pictures;
    pictures.next = Picture{PictureState::Ready, kFakeTexture, 160, 120};
    ImVec2 buttonSize;
    ImVec2 plainSize;
    ImDrawData* data = imgui.frame([&] {
        ImGui::SetNextWindowSize(ImVec2(600.0f, 500.0f));
        ImGui::Begin("card");
        pictureButton("pictured", "1   Square", optionSquare(), &pictures, ButtonLook::Plain);
        buttonSize = ImGui::GetItemRectSize();
        wrappedButton("plain", "2   Circle");
        plainSize = ImGui::GetItemRectSize();
        ImGui::End();
    });
    CHECK(commandsWith(data, kFakeTexture) == 1);
    REQUIRE(pictures.asked.size() == 1);
    CHECK(pictures.asked[0] == "/banks/shapes/option-square.png");
    // The picture (120 px tall, under the 5-line cap at the default 13 px font: 65 px) is scaled down to fit.
    const float cap = kOptionPictureHeightInLines * ImGui::GetFontSize();
    CHECK(buttonSize.y == doctest::Approx(plainSize.y + ImGui::GetStyle().ItemInnerSpacing.y + cap));
}

TEST_CASE("pictures: an option button shows the alt text while its picture loads or without a provider") {
    HeadlessImGui imgui;
    FakePictures pictures;
    pictures.next = Picture{PictureState::Loading};
    ImVec2 loadingSize, noneSize, plainSize;
    ImDrawData* data = imgui.frame([&] {
        ImGui::SetNextWindowSize(ImVec2(600.0f, 500.0f));
        ImGui::Begin("card");
        pictureButton("loading", "1", optionSquare(), &pictures, ButtonLook::Plain);
        loadingSize = ImGui::GetItemRectSize();
        pictureButton("none", "2", optionSquare(), nullptr, ButtonLook::Plain);
        noneSize = ImGui::GetItemRectSize();
        pictureButton("plain", "3   Circle", QuestionImage{}, &pictures, ButtonLook::Plain);
        plainSize = ImGui::GetItemRectSize();
        ImGui::End();
    });
    CHECK(commandsWith(data, kFakeTexture) == 0);
    CHECK(pictures.asked.size() == 1);  // the text-only button asks for nothing
    // Label line + alt text line: taller than a plain one-line button by a line at least.
    CHECK(loadingSize.y >= plainSize.y + ImGui::GetFontSize());
    CHECK(noneSize.y >= plainSize.y + ImGui::GetFontSize());
}

TEST_CASE("pictures: the choice and matching views draw their options' pictures through the provider") {
    HeadlessImGui imgui;
    FakePictures pictures;
    pictures.next = Picture{PictureState::Ready, kFakeTexture, 160, 120};
    Question choice;
    choice.id = "pick";
    choice.prompt = "Which is the square?";
    choice.answer = ChoiceAnswer{{"A blue square", "Circle"}, 0, false, {optionSquare(), QuestionImage{}}};
    Question matching;
    matching.id = "pair";
    matching.prompt = "Match.";
    matching.answer = MatchingAnswer{{{"A blue square", "square"}, {"Round", "circle"}}, {optionSquare(), QuestionImage{}}, {}};
    for (const Question* question : {&choice, &matching}) {
        CAPTURE(question->id);
        pictures.asked.clear();
        const std::unique_ptr<AnswerView> view = makeAnswerView(*question, makeShownOrder(*question, 3));
        view->setPictures(&pictures);
        ImDrawData* data = imgui.frame([&] { inFullWindow([&] { view->drawInput(false); }); });
        CHECK(commandsWith(data, kFakeTexture) == 1);
        CHECK(pictures.asked == std::vector<std::string>{"/banks/shapes/option-square.png"});
    }
}

TEST_CASE("pictures: a picture-only option is labelled by its key alone; others by key and text") {
    const QuestionImage image = optionSquare();
    CHECK(optionLabel("1", "A blue square", image) == "1");
    CHECK(optionLabel("1", "Square", image) == "1   Square");
    CHECK(optionLabel("b", "Circle", QuestionImage{}) == "b   Circle");
}

TEST_CASE("pictures: pictured options stand in two columns on a wide window, one column otherwise") {
    HeadlessImGui imgui;
    std::vector<ImVec2> at;
    const auto draw = [&](bool pictured, float width) {
        at.clear();
        imgui.frame([&] {
            ImGui::SetNextWindowSize(ImVec2(width, 600.0f));
            ImGui::Begin("grid");
            drawOptionGrid(3, pictured, [&](std::size_t i) {
                at.push_back(ImGui::GetCursorScreenPos());
                wrappedButton(("o" + std::to_string(i)).c_str(), "option");
            });
            ImGui::End();
        });
    };
    draw(true, 900.0f);
    REQUIRE(at.size() == 3);
    CHECK(at[1].y == doctest::Approx(at[0].y));  // 1 and 2 side by side
    CHECK(at[1].x > at[0].x + 300.0f);
    CHECK(at[2].x == doctest::Approx(at[0].x));  // 3 starts the next row
    CHECK(at[2].y > at[0].y);
    draw(false, 900.0f);
    CHECK(at[1].x == doctest::Approx(at[0].x));
    draw(true, 200.0f);  // too narrow for two pictures side by side
    CHECK(at[1].x == doctest::Approx(at[0].x));
}
