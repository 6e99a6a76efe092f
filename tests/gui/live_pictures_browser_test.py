#!/usr/bin/python3
"""Pictures on the live classroom's phones: `retain live --auto --json-events` hosts the one-question
fixture tests/data/banks/live-pictures (a question with a picture whose choices are pictures) on
127.0.0.1; headless Chromium at a 390x844 phone viewport joins, and must show the question's picture and
each choice's picture in <img alt> elements that have loaded (naturalWidth > 0) from the host. The picture
URLs serve the bank's files; any other /picture/ URL, and a path out of the bank, is a 404. The test taps
the right picture and sees the result "correct".

Usage: live_pictures_browser_test.py RETAIN BANKS_DIR WORK_DIR [SCREENSHOT_DIR]
Every wait is bounded; the host is killed at the end whatever happens.
"""
import os
import sys
import urllib.error
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from live_browser_test import WAIT_SECONDS, next_event, open_phone, start_host, stop, visible  # noqa: E402
from live_host_lines import fail  # noqa: E402  (tests/, put on the path by live_browser_test)

RIGHT_ALT = "A blue shape with four equal sides and four right angles"


def status(port, path):
    try:
        with urllib.request.urlopen("http://127.0.0.1:%d%s" % (port, path), timeout=WAIT_SECONDS) as reply:
            return reply.status, reply.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def loaded(driver, img):
    return driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", img)


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    retain, banks, work = sys.argv[1:4]
    shots = sys.argv[4] if len(sys.argv) > 4 else None
    os.makedirs(work, exist_ok=True)
    host, lines = start_host(retain, banks, work, "live-pictures", 1, 2)
    driver = None
    try:
        port = next_event(lines, "listening")["port"]
        driver = open_phone()
        driver.get("http://127.0.0.1:%d/?pin=424242" % port)
        driver.find_element(By.CSS_SELECTOR, "input[name=name]").send_keys("Pia")
        driver.find_element(By.CSS_SELECTOR, "#join-form button").click()
        next_event(lines, "player_joined")
        visible(driver, "question")
        question = driver.find_element(By.CSS_SELECTOR, "#q-picture img")
        if question.get_attribute("alt") != "A circle cut into four equal parts; one part is blue.":
            fail("the question's picture has alt %r" % question.get_attribute("alt"))
        options = driver.find_elements(By.CSS_SELECTOR, "#q-answer [data-choice] img.option-picture")
        alts = sorted(img.get_attribute("alt") for img in options)
        if alts != sorted(["An orange round shape", RIGHT_ALT, "A yellow star with five points"]):
            fail("the choices' pictures have alts %r" % alts)
        WebDriverWait(driver, WAIT_SECONDS).until(lambda d: all(loaded(d, img) for img in [question] + options))
        # A picture-only choice shows no text of its own; the one with text shows it beside its picture.
        star = [tile for tile in driver.find_elements(By.CSS_SELECTOR, "#q-answer [data-choice]") if tile.text.endswith("Star")]
        if len(star) != 1:
            fail("the Star choice does not show its text")
        if shots:
            driver.save_screenshot(os.path.join(shots, "live_phone_pictures.png"))
        # The URLs serve the bank's files; nothing else under /picture/ is served.
        src = question.get_attribute("src")
        path = src[src.index("/picture/"):]
        code, body = status(port, path)
        with open(os.path.join(banks, "pics", "quarter.png"), "rb") as f:
            if code != 200 or body != f.read():
                fail("%s answered %d with other bytes than pics/quarter.png" % (path, code))
        # /picture/0/4.png would be the explanation's picture (the fifth of the question's): never served.
        for bad in ["/picture/0/9.png", "/picture/0/0.jpg", "/picture/1/0.png", "/picture/0/4.png",
                    "/picture/../pictures.yaml", "/picture/%2e%2e/%2e%2e/pictures.yaml", "/pics/quarter.png"]:
            code, _ = status(port, bad)
            if code != 404:
                fail("%s answered %d, not 404" % (bad, code))
        for tile in driver.find_elements(By.CSS_SELECTOR, "#q-answer [data-choice]"):
            if tile.find_elements(By.CSS_SELECTOR, "img[alt='%s']" % RIGHT_ALT):
                tile.click()
                break
        else:
            fail("no tile holds the right picture")
        visible(driver, "result")
        if driver.find_element(By.ID, "result").get_attribute("data-result") != "correct":
            fail("tapping the right picture was not correct")
        if next_event(lines, "answer")["verdict"] != "correct":
            fail("the host did not grade the picture tap correct")
        print("ok: the question's and the choices' pictures loaded on the phone; only the game's picture URLs are served")
        return 0
    finally:
        stop(driver, host)


if __name__ == "__main__":
    sys.exit(main())
