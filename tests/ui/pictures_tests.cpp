// Question pictures in views: scaled to fit (never enlarged), the provider asked for the resolved file,
// the texture drawn once it is ready and the alt text in its place while it loads or when it failed.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "headless_imgui.hpp"
#include "ui/pictures.hpp"

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

QuestionImage hexagon() {
    QuestionImage image;
    image.path = "shapes/hexagon.png";
    image.resolved = "/banks/shapes/hexagon.png";
    image.alt = "A green shape with six straight sides.";
    return image;
}

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
