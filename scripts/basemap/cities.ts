import type { CityCountry, CityRank } from "../../lib/basemap/schemas";

/**
 * Places that matter to the April–May 2025 events, with the coordinates as printed on the page named in
 * `source` (Wikipedia articles or copies of them, in English or another language, and two official
 * Indian sites). No npm package ships Natural Earth populated places, so each position was read by hand
 * from that page; where the page gives degrees, minutes and seconds the comment shows them and the
 * number is their decimal value. The build rounds to COORD_DECIMALS.
 *
 * `country` is the country that administers the place (so Muzaffarabad, Kotli, Gilgit and Skardu are
 * "pakistan"; Srinagar, Uri, Poonch and Pahalgam are "india"), matching the de facto line in
 * countries.geojson.
 *
 * `rank`: 1 = national capital or megacity (New Delhi, Islamabad, Karachi, Lahore); 2 = capital of a
 * province, state or territory, or a city of over a million people; 3 = any other place named in the events.
 */
export interface CitySource {
  name: string;
  country: CityCountry;
  rank: CityRank;
  lon: number;
  lat: number;
  source: string;
}

export const CITY_SOURCES: readonly CitySource[] = [
  { name: "Amritsar", country: "india", rank: 2, lat: 31.63, lon: 74.87, source: "https://www.iimamritsar.ac.in/p/iim-amritsar-at-a-glance.html" },
  { name: "Anantnag", country: "india", rank: 3, lat: 33.73, lon: 75.15, source: "https://fi.wikipedia.org/wiki/Anantnag" },
  { name: "Bahawalpur", country: "pakistan", rank: 3, lat: 29.39556, lon: 71.68361, source: "https://kiwix.obulou.my/content/wikipedia_ms_all_mini_2025-10/Bahawalpur" },
  { name: "Bathinda", country: "india", rank: 3, lat: 30.23, lon: 74.95194, source: "https://en.m.wikipedia.org/wiki/Bathinda" },
  // 23°14′46″N 69°39′59″E
  { name: "Bhuj", country: "india", rank: 3, lat: 23.24611, lon: 69.66639, source: "https://perceptiode.com/%D0%91%D1%85%D1%83%D0%B4%D0%B6" },
  // 30°44′14″N 76°47′14″E
  { name: "Chandigarh", country: "india", rank: 2, lat: 30.73722, lon: 76.78722, source: "https://wikiwand.com/sco/Chandigarh" },
  { name: "Faisalabad", country: "pakistan", rank: 2, lat: 31.418, lon: 73.079, source: "https://sco.wikipedia.org/wiki/Faisalabad" },
  // 35°55′15″N 74°18′30″E
  { name: "Gilgit", country: "pakistan", rank: 2, lat: 35.92083, lon: 74.30833, source: "https://en.wikipedia-on-ipfs.org/wiki/Gilgit" },
  // 33°43′N 73°04′E
  { name: "Islamabad", country: "pakistan", rank: 1, lat: 33.71667, lon: 73.06667, source: "https://mylovelypakistan.wordpress.com/punajab/islamabad/" },
  { name: "Jacobabad", country: "pakistan", rank: 3, lat: 28.27694, lon: 68.45139, source: "https://simple.wikipedia.org/wiki/Jacobabad" },
  { name: "Jaisalmer", country: "india", rank: 3, lat: 26.913, lon: 70.915, source: "https://de.qaz.wiki/wiki/Jaisalmer" },
  { name: "Jammu", country: "india", rank: 2, lat: 32.73, lon: 74.87, source: "https://myjammu.jk.gov.in/Common/CityAtAGlance" },
  { name: "Karachi", country: "pakistan", rank: 1, lat: 24.86, lon: 67.01, source: "https://sco.wikipedia.org/wiki/Karachi" },
  { name: "Kotli", country: "pakistan", rank: 3, lat: 33.50556, lon: 73.89917, source: "https://wiki-gateway.eudic.net/wikipedia_en/Kotli%2C_Azad_Kashmir.html" },
  { name: "Kupwara", country: "india", rank: 3, lat: 34.52583, lon: 74.25528, source: "https://en.wikipedia.org/wiki/?oldid=950581728&title=Kupwara" },
  { name: "Lahore", country: "pakistan", rank: 1, lat: 31.54972, lon: 74.34361, source: "https://sco.wikipedia.org/wiki/Lahore" },
  { name: "Multan", country: "pakistan", rank: 2, lat: 30.1978, lon: 71.4711, source: "https://sco.wikipedia.org/wiki/Multan" },
  { name: "Muzaffarabad", country: "pakistan", rank: 2, lat: 34.35833, lon: 73.47222, source: "https://iiab.me/kiwix/content/wikipedia_en_wp1-0.8_maxi_2022-10/A/Muzafarabad" },
  { name: "New Delhi", country: "india", rank: 1, lat: 28.61389, lon: 77.20889, source: "https://sco.wikipedia.org/wiki/New_Deli" },
  { name: "Pahalgam", country: "india", rank: 3, lat: 34.01, lon: 75.19, source: "https://wiki-gateway.eudic.net/wikipedia_en/Pahalgam.html" },
  // 32°16′08″N 75°38′59″E
  { name: "Pathankot", country: "india", rank: 3, lat: 32.26889, lon: 75.64972, source: "https://perceptiode.com/%D0%9F%D0%B0%D1%82%D1%85%D0%B0%D0%BD%D0%BA%D0%BE%D1%82" },
  // 34°00′52″N 71°34′03″E
  { name: "Peshawar", country: "pakistan", rank: 2, lat: 34.01444, lon: 71.5675, source: "https://www.wikiwand.com/en/Peshawar" },
  { name: "Poonch", country: "india", rank: 3, lat: 33.7703, lon: 74.0925, source: "https://wikimili.com/wiki/Poonch_(town)" },
  { name: "Quetta", country: "pakistan", rank: 2, lat: 30.183, lon: 67.0, source: "https://en.wikipedia.org/wiki/Quetta?oldid=789499422" },
  { name: "Rahim Yar Khan", country: "pakistan", rank: 3, lat: 28.42, lon: 70.3, source: "http://en.wikipedia.org/wiki/Rahim_Yar_Khan" },
  { name: "Rajouri", country: "india", rank: 3, lat: 33.37667, lon: 74.31222, source: "https://wiki.riteme.site/wiki/Rajauri" },
  // 33°36′N 73°02′E
  { name: "Rawalpindi", country: "pakistan", rank: 2, lat: 33.6, lon: 73.03333, source: "https://www.wikiwand.com/en/Rawalpindi" },
  { name: "Sargodha", country: "pakistan", rank: 3, lat: 32.08361, lon: 72.67111, source: "https://en.wikipedia-on-ipfs.org/wiki/Sargodha" },
  { name: "Sialkot", country: "pakistan", rank: 3, lat: 32.49722, lon: 74.53611, source: "https://sco.wikipedia.org/wiki/Sialkot" },
  // 35°17′25″N 75°38′40″E
  { name: "Skardu", country: "pakistan", rank: 3, lat: 35.29028, lon: 75.64444, source: "https://idopedia.org/2019/09/13/skardu/" },
  { name: "Srinagar", country: "india", rank: 2, lat: 34.09, lon: 74.79, source: "https://en.wikipedia.org/?oldid=833590874&title=Srinagar" },
  { name: "Sukkur", country: "pakistan", rank: 3, lat: 27.70611, lon: 68.84833, source: "https://tl.wikipedia.org/wiki/Sukkur" },
  { name: "Udhampur", country: "india", rank: 3, lat: 32.93, lon: 75.13, source: "https://en-academic.com/dic.nsf/enwiki/879785" },
  { name: "Uri", country: "india", rank: 3, lat: 34.08611, lon: 74.03333, source: "http://en.m.wiki.x.io/wiki/Uri_(India)" },
];
