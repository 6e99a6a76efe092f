// The GLFW window and its event-driven loop.
//
// [SECTION] Loop state and GLFW callbacks
// [SECTION] Fonts, theme and scaling
// [SECTION] Window placement and full screen
// [SECTION] The frame loop
#include "app/window.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <imgui_internal.h>

#include "app/live_session.hpp"
#include "app/texture_cache.hpp"
#include "app/window_icon.hpp"
#include "cli/cli.hpp"
#include "core/bank/library_load_task.hpp"
#include "core/storage/backup_task.hpp"
#include "core/install_paths.hpp"
#include "core/session/study_backend.hpp"
#include "ui/fonts.hpp"
#include "ui/layout.hpp"
#include "ui/theme.hpp"

namespace retain::app {

//-----------------------------------------------------------------------------
// [SECTION] Loop state and GLFW callbacks
//-----------------------------------------------------------------------------

namespace {

// Frames drawn after the last event, so ImGui's hover and layout state settles before the loop sleeps.
constexpr int kSettleFrames = 3;
// Longest sleep between frames when nothing animates, seconds. Only a wake-up: no frame is drawn for it.
constexpr double kIdleWaitSeconds = 30.0;
constexpr double kBackupPollSeconds = 0.25;  // seconds between looks at a start backup still copying

struct LoopState {
    long events = 0;             // input and window events seen so far
    bool fontsDirty = true;      // the atlas must be rebuilt (font scale or content scale changed)
    bool toggleFullscreen = false;
    int windowedX = 0, windowedY = 0, windowedWidth = 0, windowedHeight = 0;  // placement before full screen, pixels
};

LoopState& stateOf(GLFWwindow* window) { return *static_cast<LoopState*>(glfwGetWindowUserPointer(window)); }

// These run before ImGui's own callbacks, which chain to them; they only note that something happened.
void onKey(GLFWwindow* window, int key, int, int action, int mods) {
    ++stateOf(window).events;
    if (key == GLFW_KEY_F11 && action == GLFW_PRESS) stateOf(window).toggleFullscreen = true;
    // Ctrl+Q quits like closing the window: the loop ends, settings are saved, the database is closed.
    if (key == GLFW_KEY_Q && action == GLFW_PRESS && (mods & GLFW_MOD_CONTROL)) glfwSetWindowShouldClose(window, GLFW_TRUE);
}
void onChar(GLFWwindow* window, unsigned int) { ++stateOf(window).events; }
void onMouseButton(GLFWwindow* window, int, int, int) { ++stateOf(window).events; }
void onCursorPos(GLFWwindow* window, double, double) { ++stateOf(window).events; }
void onScroll(GLFWwindow* window, double, double) { ++stateOf(window).events; }
void onFocus(GLFWwindow* window, int) { ++stateOf(window).events; }
void onCursorEnter(GLFWwindow* window, int) { ++stateOf(window).events; }
void onSize(GLFWwindow* window, int, int) { ++stateOf(window).events; }
void onRefresh(GLFWwindow* window) { ++stateOf(window).events; }
void onContentScale(GLFWwindow* window, float, float) {
    ++stateOf(window).events;
    stateOf(window).fontsDirty = true;
}

void installCallbacks(GLFWwindow* window) {
    glfwSetKeyCallback(window, onKey);
    glfwSetCharCallback(window, onChar);
    glfwSetMouseButtonCallback(window, onMouseButton);
    glfwSetCursorPosCallback(window, onCursorPos);
    glfwSetScrollCallback(window, onScroll);
    glfwSetWindowFocusCallback(window, onFocus);
    glfwSetCursorEnterCallback(window, onCursorEnter);
    glfwSetFramebufferSizeCallback(window, onSize);
    glfwSetWindowRefreshCallback(window, onRefresh);
    glfwSetWindowContentScaleCallback(window, onContentScale);
}

//-----------------------------------------------------------------------------
// [SECTION] Fonts, theme and scaling
//-----------------------------------------------------------------------------

float contentScaleOf(GLFWwindow* window) {
    float xScale = 1.0f, yScale = 1.0f;
    glfwGetWindowContentScale(window, &xScale, &yScale);
    return std::max(1.0f, std::max(xScale, yScale));
}

// Rebuilds the font atlas at the size the settings and the monitor ask for, and re-uploads it.
void rebuildFonts(GLFWwindow* window, const AppSettings& settings) {
    const float contentScale = contentScaleOf(window);
    const float pixels = ui::kBaseFontPixels * static_cast<float>(settings.fontScale) * contentScale;
    ImGuiIO& io = ImGui::GetIO();
    ui::buildFontAtlas(*io.Fonts, pixels);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    ui::applyTheme(settings.theme, contentScale * static_cast<float>(settings.fontScale));
}

//-----------------------------------------------------------------------------
// [SECTION] Window placement and full screen
//-----------------------------------------------------------------------------

void toggleFullscreen(GLFWwindow* window, LoopState& state, AppSettings& settings) {
    if (glfwGetWindowMonitor(window) == nullptr) {
        glfwGetWindowPos(window, &state.windowedX, &state.windowedY);
        glfwGetWindowSize(window, &state.windowedWidth, &state.windowedHeight);
        GLFWmonitor* monitor = glfwGetPrimaryMonitor();
        if (monitor == nullptr) return;
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
        settings.fullscreen = true;
    } else {
        glfwSetWindowMonitor(window, nullptr, state.windowedX, state.windowedY, state.windowedWidth,
                             state.windowedHeight, 0);
        settings.fullscreen = false;
    }
}

// Copies the windowed placement into settings, so the next start opens where this one closed.
void rememberPlacement(GLFWwindow* window, const LoopState& state, AppSettings& settings) {
    if (glfwGetWindowMonitor(window) != nullptr) {
        settings.windowX = state.windowedX;
        settings.windowY = state.windowedY;
        settings.windowWidth = state.windowedWidth;
        settings.windowHeight = state.windowedHeight;
        return;
    }
    glfwGetWindowPos(window, &settings.windowX, &settings.windowY);
    glfwGetWindowSize(window, &settings.windowWidth, &settings.windowHeight);
}

void saveSettingsIfAsked(const WindowOptions& options, const AppSettings& settings) {
    if (options.settingsPath.empty()) return;
    std::string error;
    if (!saveAppSettings(options.settingsPath, settings, error)) std::fprintf(stderr, "retain: warning: %s\n", error.c_str());
}

GLFWwindow* createWindow(const AppSettings& settings, const WindowOptions& options) {
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    // WM_CLASS "retain": the desktop entry's StartupWMClass, so docks group the window under its icon.
    glfwWindowHintString(GLFW_X11_CLASS_NAME, "retain");
    glfwWindowHintString(GLFW_X11_INSTANCE_NAME, "retain");
    const int width = options.width > 0 ? options.width : settings.windowWidth;
    const int height = options.height > 0 ? options.height : settings.windowHeight;
    GLFWwindow* window = glfwCreateWindow(width, height, "Retain", nullptr, nullptr);
    if (window == nullptr) {
        // Some drivers (and Mesa under Xvfb on old setups) lack 3.3 core; 3.0 is what the backend needs.
        glfwDefaultWindowHints();
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
        glfwWindowHintString(GLFW_X11_CLASS_NAME, "retain");
        glfwWindowHintString(GLFW_X11_INSTANCE_NAME, "retain");
        window = glfwCreateWindow(width, height, "Retain", nullptr, nullptr);
    }
    if (window != nullptr && settings.windowX >= 0 && settings.windowY >= 0 && options.screenshotPath.empty()) {
        glfwSetWindowPos(window, settings.windowX, settings.windowY);
    }
    return window;
}

// Hands the loaded library to the views and prints its problems, as a command-line lint would.
void libraryLoaded(ui::UiContext& context, const Library& library, std::chrono::steady_clock::time_point launched) {
    for (const auto& problem : library.problems) std::fprintf(stderr, "%s\n", problem.format().c_str());
    const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - launched);
    std::size_t questions = 0;
    for (const Bank& bank : library.banks) questions += bank.questions.size();
    std::fprintf(stderr, "retain: %zu banks (%zu questions) loaded %lld ms after the window was requested\n", library.banks.size(),
                 questions, static_cast<long long>(elapsed.count()));
    context.library = &library;
    context.libraryLoad = nullptr;
}

// A fingerprint of where every window of the last frame sits and how big its content is. When it
// differs from the frame before, the layout is still moving (a table fitting its columns, a font change,
// a scroll reset): one more frame is drawn, so nothing stays stale until the mouse moves.
std::uint64_t layoutSignature() {
    std::uint64_t hash = 1469598103934665603ull;  // FNV-1a over the floats' bits
    const auto mix = [&hash](float value) {
        std::uint32_t bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        for (int i = 0; i < 4; ++i) hash = (hash ^ ((bits >> (8 * i)) & 0xffu)) * 1099511628211ull;
    };
    for (const ImGuiWindow* window : ImGui::GetCurrentContext()->Windows) {
        if (!window->Active) continue;
        for (float value : {window->Pos.x, window->Pos.y, window->Size.x, window->Size.y, window->ContentSize.x,
                            window->ContentSize.y, window->Scroll.x, window->Scroll.y}) {
            mix(value);
        }
    }
    return hash;
}

// Writes the views' layout report (ui/layout.hpp) to the file named by $RETAIN_LAYOUT_REPORT, for the GUI tests.
void writeLayoutReport() {
    static const char* path = std::getenv("RETAIN_LAYOUT_REPORT");
    if (path == nullptr || *path == '\0') return;
    const std::string temporary = std::string(path) + ".tmp";
    if (std::FILE* file = std::fopen(temporary.c_str(), "w")) {
        const std::string report = ui::layoutReport();
        std::fwrite(report.data(), 1, report.size(), file);
        std::fclose(file);
        std::rename(temporary.c_str(), path);  // a reader never sees half a report
    }
}

void onGlfwError(int code, const char* description) { std::fprintf(stderr, "retain: GLFW error %d: %s\n", code, description); }

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] The frame loop
//-----------------------------------------------------------------------------

int runWindow(ui::UiContext& context, const WindowOptions& options) {
    const auto launched = std::chrono::steady_clock::now();
    glfwSetErrorCallback(onGlfwError);
    if (!glfwInit()) {
        std::fprintf(stderr, "retain: cannot open a window (no display? set DISPLAY, or use a command-line verb)\n");
        return 3;
    }
    AppSettings& settings = *context.settings;
    GLFWwindow* window = createWindow(settings, options);
    if (window == nullptr) {
        std::fprintf(stderr, "retain: cannot create an OpenGL 3 window\n");
        glfwTerminate();
        return 3;
    }
    LoopState state;
    glfwSetWindowUserPointer(window, &state);
    installCallbacks(window);
    if (setWindowIcon(window, windowIconPaths(runningExecutablePath(), thisBuildLayout())) == 0) {
        std::fprintf(stderr, "retain: warning: no window icon found (assets/icons or share/icons/hicolor)\n");
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // Retain persists its own settings; no imgui.ini next to the user's files
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    // A 3.3 core context wants GLSL 330; the 3.0 fallback context takes 130.
    const bool core33 = glfwGetWindowAttrib(window, GLFW_CONTEXT_VERSION_MAJOR) > 3 ||
                        glfwGetWindowAttrib(window, GLFW_CONTEXT_VERSION_MINOR) >= 3;
    ImGui_ImplOpenGL3_Init(core33 ? "#version 330 core" : "#version 130");
    if (settings.fullscreen && options.screenshotPath.empty()) toggleFullscreen(window, state, settings);

    // Question pictures: decoded on the cache's worker, which wakes this loop when one is ready.
    TextureCache pictures([] { glfwPostEmptyEvent(); });
    context.pictures = &pictures;
    // A screenshot waits this long at most for pictures still decoding, seconds.
    constexpr double kScreenshotPictureWaitSeconds = 10.0;

    // The banks: loaded on a worker that wakes this loop after each bank and at the end.
    auto libraryLoad = std::make_unique<LibraryLoadTask>(options.banksDir, options.bankCacheDir, [] { glfwPostEmptyEvent(); });
    context.libraryLoad = libraryLoad.get();
    int banksDrawn = -1;  // the loader's banksDone on the last frame drawn; a new value draws a frame

    // The live classroom game the Live tab opens: its server's threads wake this loop when a phone speaks.
    // It gets the banks when they have loaded.
    SystemClock systemClock;
    LiveSession live(context.library, context.study ? &context.study->db() : nullptr,
                     context.study ? context.study->clock() : systemClock, cli::resolveWebDir(), [] { glfwPostEmptyEvent(); });
    context.live = &live;

    ui::AppShell shell;
    int framesToDraw = kSettleFrames;
    int framesDrawn = 0;
    std::uint64_t lastSignature = 0;  // layoutSignature() of the frame before
    int movingFrames = 0;             // frames drawn in a row because the layout moved
    // A layout that never settles (a bug, or a window resized by the user frame after frame) still lets
    // the loop sleep after this many extra frames.
    constexpr int kMaxMovingFrames = 30;
    long eventsHandled = 0;
    Theme appliedTheme = settings.theme;
    double appliedFontScale = settings.fontScale;
    int exitCode = 0;
    bool backupReported = false;  // the start backup's outcome has been looked at
    while (!glfwWindowShouldClose(window)) {
        const bool animating = context.redrawWithinSeconds > 0.0;
        if (framesToDraw > 0 || !options.screenshotPath.empty()) {
            glfwPollEvents();
        } else {
            double waitSeconds = animating ? context.redrawWithinSeconds : kIdleWaitSeconds;
            // A live question's deadline wakes the loop even when the Live tab is not in front.
            if (const auto deadline = live.nextDeadlineMs())
                waitSeconds = std::min(waitSeconds, std::max(0.001, static_cast<double>(*deadline - live.nowMs() + 1) / 1000.0));
            // The start backup has no way to wake the loop (it may finish before GLFW is up): look again
            // a few times a second while it copies, so a failure reaches the window without a mouse move.
            if (options.backups != nullptr && options.backups->startRunning()) waitSeconds = std::min(waitSeconds, kBackupPollSeconds);
            glfwWaitEventsTimeout(waitSeconds);
            if (animating) framesToDraw = 1;
        }
        if (state.events != eventsHandled) {
            eventsHandled = state.events;
            framesToDraw = kSettleFrames;
        }
        if (pictures.uploadFinished()) framesToDraw = std::max(framesToDraw, kSettleFrames);
        if (!backupReported && options.backups != nullptr && !options.backups->startRunning()) {
            backupReported = true;
            if (const std::string problem = options.backups->startProblem(); !problem.empty()) {
                // As the opening's warnings: on Home, under any earlier one; stderr keeps it for the log.
                std::fprintf(stderr, "retain: warning: %s\n", problem.c_str());
                context.storeWarning += (context.storeWarning.empty() ? "" : "\n! ") + problem;
                framesToDraw = std::max(framesToDraw, kSettleFrames);
            }
        }
        if (live.pump()) framesToDraw = std::max(framesToDraw, kSettleFrames);
        if (context.libraryLoad != nullptr) {
            // Woken by the loader (or by input): draw its progress when it moved, the views once it is done.
            const int banksDone = libraryLoad->progress().banksDone;
            if (banksDone != banksDrawn) framesToDraw = std::max(framesToDraw, 1);
            banksDrawn = banksDone;
            if (const Library* library = libraryLoad->poll()) {
                libraryLoaded(context, *library, launched);
                live.setLibrary(library);
            }
            if (context.library != nullptr) framesToDraw = std::max(framesToDraw, kSettleFrames);
        }
        if (state.toggleFullscreen) {
            state.toggleFullscreen = false;
            toggleFullscreen(window, state, settings);
            context.settingsChanged = true;
        }
        if (framesToDraw == 0 && options.screenshotPath.empty()) continue;
        framesToDraw = std::max(0, framesToDraw - 1);

        if (state.fontsDirty || settings.fontScale != appliedFontScale || settings.theme != appliedTheme) {
            rebuildFonts(window, settings);
            framesToDraw = std::max(framesToDraw, kSettleFrames);  // every size on screen changes with the font
            state.fontsDirty = false;
            appliedFontScale = settings.fontScale;
            appliedTheme = settings.theme;
        }
        context.redrawWithinSeconds = 0.0;
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        shell.draw(context);
        ImGui::Render();
        // A screen that changed on a timer has no input event to bring the settle frames: ask for them.
        if (context.screenChanged) framesToDraw = std::max(framesToDraw, kSettleFrames);
        context.screenChanged = false;
        const std::uint64_t signature = layoutSignature();
        if (signature != lastSignature && movingFrames < kMaxMovingFrames) {
            framesToDraw = std::max(framesToDraw, 1);
            ++movingFrames;
        } else if (signature == lastSignature) {
            movingFrames = 0;
        }
        lastSignature = signature;
        writeLayoutReport();

        int width = 0, height = 0;
        glfwGetFramebufferSize(window, &width, &height);
        glViewport(0, 0, width, height);
        const ImVec4 background = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
        glClearColor(background.x, background.y, background.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        ++framesDrawn;
        if (framesDrawn == 1) {
            const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - launched);
            std::fprintf(stderr, "retain: first frame drawn %lld ms after the window was requested\n",
                         static_cast<long long>(elapsed.count()));
        }
        const bool picturesPending =
            pictures.busy() && std::chrono::steady_clock::now() - launched < std::chrono::duration<double>(kScreenshotPictureWaitSeconds);
        const bool screenReady = context.libraryLoad == nullptr && !picturesPending;
        if (!options.screenshotPath.empty() && framesDrawn >= options.screenshotFrames && screenReady) {
            if (!writeFramebufferPng(options.screenshotPath, width, height)) {
                std::fprintf(stderr, "retain: cannot write %s\n", options.screenshotPath.c_str());
                exitCode = 3;
            }
            break;
        }
        glfwSwapBuffers(window);
        if (context.settingsChanged) {
            context.settingsChanged = false;
            saveSettingsIfAsked(options, settings);
        }
    }
    if (options.screenshotPath.empty()) {
        rememberPlacement(window, state, settings);
        saveSettingsIfAsked(options, settings);
    }
    // Closing the window mid-game ends it: what was answered is stored, the phones are told, the server stops.
    live.close();
    context.live = nullptr;
    context.pictures = nullptr;
    context.libraryLoad = nullptr;
    context.library = nullptr;  // owned by the task, which ends here
    libraryLoad.reset();        // cancels and waits, before glfwTerminate: the worker calls glfwPostEmptyEvent
    pictures.stop();  // before glfwTerminate: the worker calls glfwPostEmptyEvent
    pictures.freeAll();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return exitCode;
}

}  // namespace retain::app
