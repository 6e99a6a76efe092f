// Question pictures as OpenGL textures: decoded by stb_image on one worker thread, uploaded on the UI
// thread, kept while used and freed least-recently-drawn first above a cap on texture memory.
//
// Caps (docs/pictures in questions/README.md): a file over kMaxImageFileBytes or a picture over
// kMaxImageSide pixels each way is not decoded (shown as its alt text); textures take at most
// kTextureBudgetBytes of GPU memory (width x height x 4 bytes each) beyond the ones drawn this frame.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <list>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "ui/pictures.hpp"

namespace retain::app {

constexpr std::size_t kTextureBudgetBytes = 128u * 1024u * 1024u;  // bytes of RGBA textures kept

class TextureCache final : public ui::PictureProvider {
public:
    // wake is called on the worker thread after each decode (the window posts an empty event).
    explicit TextureCache(void (*wake)());
    ~TextureCache() override;  // stops the worker; textures must be freed first with freeAll()
    TextureCache(const TextureCache&) = delete;
    TextureCache& operator=(const TextureCache&) = delete;

    ui::Picture picture(const std::string& resolvedPath) override;
    // Uploads the decodes that finished (UI thread, GL context current); returns true when one was, so
    // the window draws a frame to show it. Then frees the least recently drawn textures over the budget.
    bool uploadFinished();
    // Returns true while a decode is queued or running.
    bool busy() const;
    // Deletes every texture (before the GL context goes).
    void freeAll();
    // Stops and joins the decode worker, so it never wakes a GLFW that is shutting down (idempotent).
    void stop();
    // Returns the bytes of texture memory held now.
    std::size_t textureBytes() const { return m_textureBytes; }

private:
    struct Entry {
        ui::PictureState state = ui::PictureState::Loading;
        unsigned int texture = 0;   // GL name; 0 = none
        int width = 0, height = 0;  // pixels
        std::list<std::string>::iterator recent;  // place in m_recent
    };
    struct Decoded {
        std::string path;
        std::vector<unsigned char> rgba;  // width x height x 4 bytes; empty = failed
        int width = 0, height = 0;
    };
    void work();
    void evictOverBudget();

    void (*m_wake)();
    std::unordered_map<std::string, Entry> m_entries;  // UI thread only
    std::list<std::string> m_recent;                   // most recently drawn first; UI thread only
    std::size_t m_textureBytes = 0;

    mutable std::mutex m_mutex;  // guards the three below
    std::condition_variable m_wakeWorker;
    std::deque<std::string> m_queue;
    std::vector<Decoded> m_done;
    int m_inFlight = 0;
    bool m_stop = false;
    std::thread m_worker;
};

}  // namespace retain::app
