// Decode on a worker, upload on the UI thread, evict over the budget: see texture_cache.hpp.
#include "app/texture_cache.hpp"

#include <filesystem>

#include <GL/gl.h>
#include <stb_image.h>

namespace retain::app {

namespace {

// Decodes path to RGBA within the caps of core/bank/question_image.hpp; empty pixels when it cannot.
void decode(const std::string& path, std::vector<unsigned char>& rgba, int& width, int& height) {
    std::error_code error;
    const auto bytes = std::filesystem::file_size(path, error);
    if (error || static_cast<long long>(bytes) > kMaxImageFileBytes) return;
    int channels = 0;
    if (!stbi_info(path.c_str(), &width, &height, &channels) || width > kMaxImageSide || height > kMaxImageSide) return;
    unsigned char* pixels = stbi_load(path.c_str(), &width, &height, &channels, 4);
    if (pixels == nullptr) return;
    rgba.assign(pixels, pixels + static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
    stbi_image_free(pixels);
}

}  // namespace

TextureCache::TextureCache(void (*wake)()) : m_wake(wake), m_worker([this] { work(); }) {}

TextureCache::~TextureCache() { stop(); }

void TextureCache::stop() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wakeWorker.notify_all();
    if (m_worker.joinable()) m_worker.join();
}

ui::Picture TextureCache::picture(const std::string& resolvedPath) {
    auto [it, inserted] = m_entries.try_emplace(resolvedPath);
    Entry& entry = it->second;
    if (inserted) {
        m_recent.push_front(resolvedPath);
        entry.recent = m_recent.begin();
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back(resolvedPath);
            ++m_inFlight;
        }
        m_wakeWorker.notify_one();
    } else {
        m_recent.splice(m_recent.begin(), m_recent, entry.recent);  // drawn now: the most recent
    }
    ui::Picture picture;
    picture.state = entry.state;
    picture.texture = reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(entry.texture));
    picture.width = entry.width;
    picture.height = entry.height;
    return picture;
}

bool TextureCache::uploadFinished() {
    std::vector<Decoded> done;
    {
        std::lock_guard lock(m_mutex);
        done.swap(m_done);
    }
    for (Decoded& decoded : done) {
        auto it = m_entries.find(decoded.path);
        if (it == m_entries.end()) continue;
        Entry& entry = it->second;
        if (decoded.rgba.empty()) {
            entry.state = ui::PictureState::Failed;
            continue;
        }
        GLuint texture = 0;
        glGenTextures(1, &texture);
        glBindTexture(GL_TEXTURE_2D, texture);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, decoded.width, decoded.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, decoded.rgba.data());
        entry.texture = texture;
        entry.width = decoded.width;
        entry.height = decoded.height;
        entry.state = ui::PictureState::Ready;
        m_textureBytes += decoded.rgba.size();
    }
    evictOverBudget();
    return !done.empty();
}

void TextureCache::evictOverBudget() {
    // The most recently drawn picture always stays, however large.
    while (m_textureBytes > kTextureBudgetBytes && m_recent.size() > 1) {
        const std::string path = m_recent.back();
        m_recent.pop_back();
        auto it = m_entries.find(path);
        if (it->second.texture != 0) {
            glDeleteTextures(1, &it->second.texture);
            m_textureBytes -= static_cast<std::size_t>(it->second.width) * static_cast<std::size_t>(it->second.height) * 4;
        }
        if (it->second.state == ui::PictureState::Loading) {
            // Its decode is still queued: keep the entry so the result has a place; it is small.
            m_recent.push_front(path);
            it->second.recent = m_recent.begin();
            break;
        }
        m_entries.erase(it);
    }
}

bool TextureCache::busy() const {
    std::lock_guard lock(m_mutex);
    return m_inFlight > 0 || !m_done.empty();
}

void TextureCache::freeAll() {
    for (auto& [path, entry] : m_entries) {
        if (entry.texture != 0) glDeleteTextures(1, &entry.texture);
    }
    m_entries.clear();
    m_recent.clear();
    m_textureBytes = 0;
}

void TextureCache::work() {
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wakeWorker.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_stop) return;
        Decoded decoded;
        decoded.path = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        decode(decoded.path, decoded.rgba, decoded.width, decoded.height);
        lock.lock();
        m_done.push_back(std::move(decoded));
        --m_inFlight;
        lock.unlock();
        if (m_wake != nullptr) m_wake();
        lock.lock();
    }
}

}  // namespace retain::app
