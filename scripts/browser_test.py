#!/usr/bin/env python3
"""Drives headless Chromium through tradecheck's web app: the home page, a pair page found
through the search form, and an article check. Fails if a page does not render its charts,
verdicts or escaping as it should. Saves screenshots.

Usage: browser_test.py BASE_URL SCREENSHOT_DIR ARTICLE_FILE
"""
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as conditions
from selenium.webdriver.support.ui import WebDriverWait

base, shots, article_file = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
os.makedirs(shots, exist_ok=True)
failures = []


def expect(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def shoot(driver, name):
    path = os.path.join(shots, name + ".png")
    height = driver.execute_script("return document.documentElement.scrollHeight")
    width = driver.execute_script("return window.innerWidth")
    driver.set_window_size(max(width, 360), min(max(height, 600), 6000))
    driver.save_screenshot(path)
    print("     screenshot " + path)


options = webdriver.ChromeOptions()
options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"]:
    options.add_argument(argument)
service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
driver = webdriver.Chrome(options=options, service=service)
wait = WebDriverWait(driver, 20)
try:
    # 1. Home page: the pair search and the checker.
    driver.get(base + "/?lang=en")
    expect("tradecheck" in driver.title, "home page has a title")
    expect(len(driver.find_elements(By.CSS_SELECTOR, "#pair-search form")) == 1, "home page has the pair search")
    expect(len(driver.find_elements(By.CSS_SELECTOR, "#checker textarea[name=text]")) == 1, "home page has the checker")
    shoot(driver, "1-home")

    # 2. A pair page, reached through the search form with a German name.
    driver.set_window_size(1280, 900)
    partner = driver.find_element(By.ID, "partner")
    partner.clear()
    partner.send_keys("Russland")
    driver.find_element(By.CSS_SELECTOR, "#pair-search button[type=submit]").click()
    wait.until(conditions.url_contains("/pair/USA/RUS"))
    expect(driver.find_element(By.TAG_NAME, "h1").text == "United States – Russia", "pair page heading")
    charts = [chart for chart in driver.find_elements(By.CSS_SELECTOR, "figure.chart svg") if chart.is_displayed()]
    expect(len(charts) == 2, "pair page shows two charts (per year, per month)")
    for chart in charts:
        box = chart.rect
        expect(box["width"] > 300 and box["height"] > 100, "a chart is drawn at a readable size: %r" % box)
    bars = driver.find_elements(By.CSS_SELECTOR, "#annual svg rect")
    lines = driver.find_elements(By.CSS_SELECTOR, "#monthly svg polyline")
    markers = driver.find_elements(By.CSS_SELECTOR, "figure.chart svg circle.marker")
    expect(len(bars) > 50, "the annual chart has bars (%d)" % len(bars))
    expect(len(lines) >= 2, "the monthly chart has lines (%d)" % len(lines))
    expect(len(markers) >= 2, "the peaks are marked (%d markers)" % len(markers))
    expect("May 2014" in driver.page_source, "the export peak month is named")
    expect(len(driver.find_elements(By.CSS_SELECTOR, "#annual table tbody tr")) > 20, "a table under the chart")
    shoot(driver, "2-pair-USA-RUS")

    # The same page at phone width: charts shrink with the screen, no sideways scrolling.
    driver.set_window_size(390, 844)
    driver.get(base + "/pair/USA/RUS?lang=de")
    visible = [chart for chart in driver.find_elements(By.CSS_SELECTOR, "#annual svg") if chart.is_displayed()]
    expect(len(visible) == 1, "one annual chart shown at phone width")
    chart = visible[0]
    expect(chart.find_element(By.XPATH, "..").get_attribute("class") == "narrow-chart",
           "the phone gets the chart drawn for narrow screens")
    page_width = driver.execute_script("return document.documentElement.scrollWidth")
    expect(chart.rect["width"] <= 390, "the chart fits a phone screen (%d px)" % chart.rect["width"])
    expect(page_width <= 400, "no sideways scrolling at phone width (%d px)" % page_width)
    expect("Vereinigte Staaten – Russland" in driver.page_source, "German UI with ?lang=de")
    shoot(driver, "3-pair-phone-de")

    # 3. An article check, with an HTML payload that must be shown, never run.
    driver.set_window_size(1280, 900)
    driver.get(base + "/check?lang=en")
    with open(article_file, encoding="utf-8") as handle:
        article = handle.read()
    hostile = '\n\n<script>document.title = "pwned"</script><img src=x onerror="document.title=\'pwned\'">'
    textarea = driver.find_element(By.ID, "text")
    driver.execute_script("arguments[0].value = arguments[1]", textarea, article + hostile)
    driver.find_element(By.ID, "date").send_keys("06152025")
    driver.find_element(By.ID, "check-button").click()
    wait.until(conditions.presence_of_element_located((By.ID, "summary")))
    marks = driver.find_elements(By.CSS_SELECTOR, "#article mark")
    cards = driver.find_elements(By.CSS_SELECTOR, "article.claim")
    expect(len(marks) >= 8, "the article comes back with its claims marked (%d)" % len(marks))
    expect(len(cards) == len(marks), "one card per claim (%d cards)" % len(cards))
    verdicts = {name: len(driver.find_elements(By.CSS_SELECTOR, "#article mark.v-" + name))
                for name in ["supported", "inaccurate", "contradicted", "unverifiable"]}
    expect(verdicts["supported"] >= 5, "supported claims are highlighted: %r" % verdicts)
    expect(verdicts["contradicted"] >= 1, "a contradicted claim is highlighted: %r" % verdicts)
    tags = [tag.text for tag in driver.find_elements(By.CSS_SELECTOR, "#article mark .tag")]
    expect(all(any(word in tag.lower() for word in ["supported", "inaccurate", "contradicted", "unverifiable"])
               for tag in tags), "every mark names its verdict in words, not colour alone")
    card_charts = driver.find_elements(By.CSS_SELECTOR, "article.claim svg")
    expect(len(card_charts) >= 5, "claim cards carry charts (%d)" % len(card_charts))
    expect(len(driver.find_elements(By.CSS_SELECTOR, "article.claim svg circle.marker")) >= 5,
           "the claimed values are marked on the charts")
    expect(driver.title != "pwned", "a script in the article did not run (title %r)" % driver.title)
    expect("<script>document.title" in driver.find_element(By.ID, "article").text,
           "the script tag is shown as text")
    expect(len(driver.find_elements(By.CSS_SELECTOR, "#article script, #article img")) == 0,
           "no element was created from the article")
    shoot(driver, "4-check")
finally:
    driver.quit()

if failures:
    print("%d browser check(s) failed" % len(failures))
    sys.exit(1)
print("browser test passed")
