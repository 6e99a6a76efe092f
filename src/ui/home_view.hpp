// Home: the banks found in the banks folder with their question counts, and the Problems panel
// with the linter's messages (the app starts even when a bank is broken).
#pragma once

#include "ui/view.hpp"

namespace retain::ui {

class HomeView final : public View {
public:
    const char* title() const override { return "Home"; }
    void drawContent(UiContext& context) override;

private:
    void drawBanks(const Library& library);
    void drawProblems(const Library& library);
};

}  // namespace retain::ui
