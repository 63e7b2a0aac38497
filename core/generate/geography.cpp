#include "geography.h"

#include <array>

namespace rumscope {
namespace {

// Cities: name, region, latitude, longitude, share of the country's visitors.
constexpr CityInfo kUs[] = {
    {"New York", "New York", 40.71, -74.01, 8},
    {"Los Angeles", "California", 34.05, -118.24, 6},
    {"Chicago", "Illinois", 41.88, -87.63, 4},
    {"Houston", "Texas", 29.76, -95.37, 3.5},
    {"Dallas", "Texas", 32.78, -96.80, 3},
    {"San Francisco", "California", 37.77, -122.42, 2.5},
    {"Phoenix", "Arizona", 33.45, -112.07, 2},
    {"Philadelphia", "Pennsylvania", 39.95, -75.17, 2},
    {"Seattle", "Washington", 47.61, -122.33, 2},
    {"Miami", "Florida", 25.76, -80.19, 2},
    {"Atlanta", "Georgia", 33.75, -84.39, 2},
    {"Boston", "Massachusetts", 42.36, -71.06, 2},
    {"Denver", "Colorado", 39.74, -104.99, 1.5},
    {"Ashburn", "Virginia", 39.04, -77.49, 1},
};
constexpr CityInfo kIn[] = {
    {"Mumbai", "Maharashtra", 19.08, 72.88, 5},  {"Delhi", "Delhi", 28.70, 77.10, 5},
    {"Bengaluru", "Karnataka", 12.97, 77.59, 4}, {"Hyderabad", "Telangana", 17.39, 78.49, 3},
    {"Chennai", "Tamil Nadu", 13.08, 80.27, 3},  {"Kolkata", "West Bengal", 22.57, 88.36, 2.5},
    {"Pune", "Maharashtra", 18.52, 73.86, 2},    {"Ahmedabad", "Gujarat", 23.02, 72.57, 2},
    {"Jaipur", "Rajasthan", 26.91, 75.79, 1.5},  {"Lucknow", "Uttar Pradesh", 26.85, 80.95, 1.5},
};
constexpr CityInfo kDe[] = {
    {"Berlin", "Berlin", 52.52, 13.40, 4},
    {"Munich", "Bavaria", 48.14, 11.58, 3},
    {"Hamburg", "Hamburg", 53.55, 9.99, 2.5},
    {"Cologne", "North Rhine-Westphalia", 50.94, 6.96, 2},
    {"Frankfurt am Main", "Hesse", 50.11, 8.68, 2},
    {"Stuttgart", "Baden-Württemberg", 48.78, 9.18, 1.5},
    {"Düsseldorf", "North Rhine-Westphalia", 51.23, 6.77, 1.5},
    {"Leipzig", "Saxony", 51.34, 12.37, 1},
};
constexpr CityInfo kBr[] = {
    {"São Paulo", "São Paulo", -23.55, -46.63, 6},
    {"Rio de Janeiro", "Rio de Janeiro", -22.91, -43.17, 3.5},
    {"Belo Horizonte", "Minas Gerais", -19.92, -43.94, 2},
    {"Brasília", "Federal District", -15.79, -47.88, 1.5},
    {"Porto Alegre", "Rio Grande do Sul", -30.03, -51.23, 1.5},
    {"Salvador", "Bahia", -12.97, -38.50, 1.5},
    {"Curitiba", "Paraná", -25.43, -49.27, 1.5},
    {"Recife", "Pernambuco", -8.05, -34.88, 1},
    {"Fortaleza", "Ceará", -3.73, -38.52, 1},
};
constexpr CityInfo kGb[] = {
    {"London", "England", 51.51, -0.13, 6},
    {"Manchester", "England", 53.48, -2.24, 2},
    {"Birmingham", "England", 52.49, -1.89, 2},
    {"Leeds", "England", 53.80, -1.55, 1},
    {"Glasgow", "Scotland", 55.86, -4.25, 1},
    {"Edinburgh", "Scotland", 55.95, -3.19, 0.8},
    {"Bristol", "England", 51.45, -2.59, 0.8},
    {"Cardiff", "Wales", 51.48, -3.18, 0.6},
    {"Belfast", "Northern Ireland", 54.60, -5.93, 0.5},
};
constexpr CityInfo kJp[] = {
    {"Tokyo", "Tokyo", 35.68, 139.69, 6},       {"Osaka", "Osaka", 34.69, 135.50, 3},
    {"Yokohama", "Kanagawa", 35.44, 139.64, 2}, {"Nagoya", "Aichi", 35.18, 136.91, 1.5},
    {"Sapporo", "Hokkaido", 43.06, 141.35, 1},  {"Fukuoka", "Fukuoka", 33.59, 130.40, 1},
};
constexpr CityInfo kFr[] = {
    {"Paris", "Île-de-France", 48.86, 2.35, 5},
    {"Marseille", "Provence-Alpes-Côte d'Azur", 43.30, 5.37, 1.5},
    {"Lyon", "Auvergne-Rhône-Alpes", 45.76, 4.84, 1.5},
    {"Toulouse", "Occitanie", 43.60, 1.44, 1},
    {"Nice", "Provence-Alpes-Côte d'Azur", 43.70, 7.27, 0.8},
    {"Nantes", "Pays de la Loire", 47.22, -1.55, 0.8},
    {"Lille", "Hauts-de-France", 50.63, 3.06, 0.8},
    {"Bordeaux", "Nouvelle-Aquitaine", 44.84, -0.58, 0.8},
};
constexpr CityInfo kId[] = {
    {"Jakarta", "Jakarta", -6.21, 106.85, 5},       {"Surabaya", "East Java", -7.25, 112.75, 2},
    {"Bandung", "West Java", -6.92, 107.61, 1.5},   {"Medan", "North Sumatra", 3.60, 98.67, 1.2},
    {"Semarang", "Central Java", -6.97, 110.42, 1},
};
constexpr CityInfo kCa[] = {
    {"Toronto", "Ontario", 43.65, -79.38, 4},
    {"Montreal", "Quebec", 45.50, -73.57, 2.5},
    {"Vancouver", "British Columbia", 49.28, -123.12, 2},
    {"Calgary", "Alberta", 51.05, -114.07, 1.2},
    {"Ottawa", "Ontario", 45.42, -75.70, 1},
};
constexpr CityInfo kMx[] = {
    {"Mexico City", "Mexico City", 19.43, -99.13, 5},
    {"Guadalajara", "Jalisco", 20.66, -103.35, 2},
    {"Monterrey", "Nuevo León", 25.69, -100.32, 2},
    {"Puebla", "Puebla", 19.04, -98.21, 1},
};
constexpr CityInfo kIt[] = {
    {"Rome", "Lazio", 41.90, 12.50, 3},
    {"Milan", "Lombardy", 45.46, 9.19, 3},
    {"Naples", "Campania", 40.85, 14.27, 1.5},
    {"Turin", "Piedmont", 45.07, 7.69, 1.2},
    {"Bologna", "Emilia-Romagna", 44.49, 11.34, 1},
};
constexpr CityInfo kEs[] = {
    {"Madrid", "Community of Madrid", 40.42, -3.70, 4},
    {"Barcelona", "Catalonia", 41.39, 2.17, 3},
    {"Valencia", "Valencian Community", 39.47, -0.38, 1.2},
    {"Seville", "Andalusia", 37.39, -5.98, 1.2},
    {"Bilbao", "Basque Country", 43.26, -2.93, 0.8},
};
constexpr CityInfo kAu[] = {
    {"Sydney", "New South Wales", -33.87, 151.21, 4},
    {"Melbourne", "Victoria", -37.81, 144.96, 3.5},
    {"Brisbane", "Queensland", -27.47, 153.03, 1.8},
    {"Perth", "Western Australia", -31.95, 115.86, 1.5},
    {"Adelaide", "South Australia", -34.93, 138.60, 1},
};
constexpr CityInfo kNl[] = {
    {"Amsterdam", "North Holland", 52.37, 4.90, 3},
    {"Rotterdam", "South Holland", 51.92, 4.48, 1.5},
    {"The Hague", "South Holland", 52.08, 4.30, 1},
    {"Utrecht", "Utrecht", 52.09, 5.12, 1},
    {"Eindhoven", "North Brabant", 51.44, 5.47, 0.7},
};
constexpr CityInfo kPl[] = {
    {"Warsaw", "Masovia", 52.23, 21.01, 3},          {"Kraków", "Lesser Poland", 50.06, 19.94, 1.5},
    {"Wrocław", "Lower Silesia", 51.11, 17.04, 1},   {"Gdańsk", "Pomerania", 54.35, 18.65, 0.8},
    {"Poznań", "Greater Poland", 52.41, 16.93, 0.8},
};
constexpr CityInfo kTr[] = {
    {"Istanbul", "Istanbul", 41.01, 28.98, 5},
    {"Ankara", "Ankara", 39.93, 32.86, 2},
    {"Izmir", "Izmir", 38.42, 27.14, 1.5},
};
constexpr CityInfo kKr[] = {
    {"Seoul", "Seoul", 37.57, 126.98, 5},
    {"Busan", "Busan", 35.18, 129.08, 1.5},
    {"Incheon", "Incheon", 37.46, 126.71, 1},
};
constexpr CityInfo kPh[] = {
    {"Manila", "Metro Manila", 14.60, 120.98, 4},
    {"Quezon City", "Metro Manila", 14.68, 121.04, 2},
    {"Cebu City", "Central Visayas", 10.32, 123.89, 1.2},
    {"Davao City", "Davao Region", 7.19, 125.46, 0.8},
};
constexpr CityInfo kVn[] = {
    {"Ho Chi Minh City", "Ho Chi Minh City", 10.82, 106.63, 3},
    {"Hanoi", "Hanoi", 21.03, 105.85, 2.5},
    {"Da Nang", "Da Nang", 16.05, 108.20, 0.8},
};
constexpr CityInfo kTh[] = {
    {"Bangkok", "Bangkok", 13.76, 100.50, 4},
    {"Chiang Mai", "Chiang Mai", 18.79, 98.98, 0.8},
    {"Phuket", "Phuket", 7.88, 98.39, 0.5},
};
constexpr CityInfo kNg[] = {
    {"Lagos", "Lagos", 6.52, 3.38, 4},  {"Abuja", "Federal Capital Territory", 9.08, 7.40, 1.5},
    {"Kano", "Kano", 12.00, 8.52, 0.8}, {"Port Harcourt", "Rivers", 4.82, 7.05, 0.7},
    {"Ibadan", "Oyo", 7.38, 3.95, 0.7},
};
constexpr CityInfo kEg[] = {
    {"Cairo", "Cairo", 30.04, 31.24, 4},
    {"Alexandria", "Alexandria", 31.20, 29.92, 1.5},
    {"Giza", "Giza", 30.01, 31.21, 1},
};
constexpr CityInfo kZa[] = {
    {"Johannesburg", "Gauteng", -26.20, 28.05, 3},
    {"Cape Town", "Western Cape", -33.92, 18.42, 2},
    {"Durban", "KwaZulu-Natal", -29.86, 31.02, 1},
    {"Pretoria", "Gauteng", -25.75, 28.19, 1},
};
constexpr CityInfo kAr[] = {
    {"Buenos Aires", "Buenos Aires", -34.60, -58.38, 5},
    {"Córdoba", "Córdoba", -31.42, -64.18, 1.2},
    {"Rosario", "Santa Fe", -32.94, -60.64, 0.8},
    {"Mendoza", "Mendoza", -32.89, -68.83, 0.6},
};
constexpr CityInfo kCo[] = {
    {"Bogotá", "Bogotá", 4.71, -74.07, 3},
    {"Medellín", "Antioquia", 6.24, -75.58, 1.5},
    {"Cali", "Valle del Cauca", 3.45, -76.53, 1},
    {"Barranquilla", "Atlántico", 10.96, -74.80, 0.6},
};
constexpr CityInfo kCl[] = {
    {"Santiago", "Santiago Metropolitan", -33.45, -70.67, 4},
    {"Valparaíso", "Valparaíso", -33.05, -71.62, 0.8},
};
constexpr CityInfo kPe[] = {
    {"Lima", "Lima", -12.05, -77.04, 4},
    {"Arequipa", "Arequipa", -16.41, -71.54, 0.7},
};
constexpr CityInfo kSe[] = {
    {"Stockholm", "Stockholm", 59.33, 18.07, 3},
    {"Gothenburg", "Västra Götaland", 57.71, 11.97, 1.2},
    {"Malmö", "Skåne", 55.60, 13.00, 0.8},
};
constexpr CityInfo kCh[] = {
    {"Zurich", "Zurich", 47.38, 8.54, 2},
    {"Geneva", "Geneva", 46.20, 6.14, 1.2},
    {"Basel", "Basel-Stadt", 47.56, 7.59, 0.7},
    {"Bern", "Bern", 46.95, 7.45, 0.7},
};
constexpr CityInfo kAt[] = {
    {"Vienna", "Vienna", 48.21, 16.37, 3},
    {"Graz", "Styria", 47.07, 15.44, 0.8},
    {"Linz", "Upper Austria", 48.31, 14.29, 0.6},
};
constexpr CityInfo kBe[] = {
    {"Brussels", "Brussels-Capital", 50.85, 4.35, 2},
    {"Antwerp", "Flanders", 51.22, 4.40, 1.2},
    {"Ghent", "Flanders", 51.05, 3.72, 0.8},
    {"Liège", "Wallonia", 50.63, 5.57, 0.6},
};
constexpr CityInfo kDk[] = {
    {"Copenhagen", "Capital Region", 55.68, 12.57, 3},
    {"Aarhus", "Central Denmark", 56.16, 10.20, 1},
};
constexpr CityInfo kNo[] = {
    {"Oslo", "Oslo", 59.91, 10.75, 3},
    {"Bergen", "Vestland", 60.39, 5.32, 1},
};
constexpr CityInfo kFi[] = {
    {"Helsinki", "Uusimaa", 60.17, 24.94, 3},
    {"Tampere", "Pirkanmaa", 61.50, 23.76, 0.8},
};
constexpr CityInfo kIe[] = {
    {"Dublin", "Leinster", 53.35, -6.26, 4},
    {"Cork", "Munster", 51.90, -8.47, 1},
};
constexpr CityInfo kPt[] = {
    {"Lisbon", "Lisbon", 38.72, -9.14, 3},
    {"Porto", "Porto", 41.15, -8.61, 1.5},
};
constexpr CityInfo kGr[] = {
    {"Athens", "Attica", 37.98, 23.73, 3},
    {"Thessaloniki", "Central Macedonia", 40.64, 22.94, 1},
};
constexpr CityInfo kCz[] = {
    {"Prague", "Prague", 50.08, 14.44, 3},
    {"Brno", "South Moravia", 49.20, 16.61, 1},
    {"Ostrava", "Moravia-Silesia", 49.82, 18.26, 0.6},
};
constexpr CityInfo kRo[] = {
    {"Bucharest", "Bucharest", 44.43, 26.10, 3},
    {"Cluj-Napoca", "Cluj", 46.77, 23.60, 1},
    {"Iași", "Iași", 47.16, 27.59, 0.6},
};
constexpr CityInfo kHu[] = {
    {"Budapest", "Budapest", 47.50, 19.04, 3},
    {"Debrecen", "Hajdú-Bihar", 47.53, 21.63, 0.6},
};
constexpr CityInfo kUa[] = {
    {"Kyiv", "Kyiv", 50.45, 30.52, 3},
    {"Kharkiv", "Kharkiv Oblast", 49.99, 36.23, 1},
    {"Lviv", "Lviv Oblast", 49.84, 24.03, 1},
    {"Odesa", "Odesa Oblast", 46.48, 30.72, 0.8},
};
constexpr CityInfo kIl[] = {
    {"Tel Aviv", "Tel Aviv District", 32.09, 34.78, 3},
    {"Jerusalem", "Jerusalem District", 31.77, 35.21, 1.5},
    {"Haifa", "Haifa District", 32.79, 34.99, 0.8},
};
constexpr CityInfo kSa[] = {
    {"Riyadh", "Riyadh Province", 24.71, 46.68, 3},
    {"Jeddah", "Makkah Province", 21.49, 39.19, 2},
    {"Dammam", "Eastern Province", 26.43, 50.10, 1},
};
constexpr CityInfo kAe[] = {
    {"Dubai", "Dubai", 25.20, 55.27, 3},
    {"Abu Dhabi", "Abu Dhabi", 24.45, 54.38, 1.5},
    {"Sharjah", "Sharjah", 25.35, 55.42, 0.8},
};
constexpr CityInfo kPk[] = {
    {"Karachi", "Sindh", 24.86, 67.01, 3},
    {"Lahore", "Punjab", 31.55, 74.34, 3},
    {"Islamabad", "Islamabad Capital Territory", 33.68, 73.05, 1.2},
    {"Faisalabad", "Punjab", 31.42, 73.08, 0.8},
};
constexpr CityInfo kBd[] = {
    {"Dhaka", "Dhaka Division", 23.81, 90.41, 4},
    {"Chittagong", "Chittagong Division", 22.36, 91.78, 1.2},
};
constexpr CityInfo kMy[] = {
    {"Kuala Lumpur", "Kuala Lumpur", 3.14, 101.69, 3},
    {"George Town", "Penang", 5.41, 100.33, 0.8},
    {"Johor Bahru", "Johor", 1.49, 103.74, 0.8},
};
constexpr CityInfo kSg[] = {
    {"Singapore", "Central Singapore", 1.35, 103.82, 1},
};
constexpr CityInfo kTw[] = {
    {"Taipei", "Taipei", 25.03, 121.57, 3},
    {"Kaohsiung", "Kaohsiung", 22.63, 120.30, 1},
    {"Taichung", "Taichung", 24.15, 120.67, 1},
};
constexpr CityInfo kHk[] = {
    {"Hong Kong", "Hong Kong", 22.32, 114.17, 1},
};
constexpr CityInfo kNz[] = {
    {"Auckland", "Auckland", -36.85, 174.76, 3},
    {"Wellington", "Wellington", -41.29, 174.78, 1},
    {"Christchurch", "Canterbury", -43.53, 172.64, 0.8},
};
constexpr CityInfo kKe[] = {
    {"Nairobi", "Nairobi County", -1.29, 36.82, 4},
    {"Mombasa", "Mombasa County", -4.04, 39.67, 1},
};
constexpr CityInfo kMa[] = {
    {"Casablanca", "Casablanca-Settat", 33.57, -7.59, 3},
    {"Rabat", "Rabat-Salé-Kénitra", 34.02, -6.84, 1.2},
    {"Marrakesh", "Marrakesh-Safi", 31.63, -8.01, 0.8},
};
constexpr CityInfo kVe[] = {
    {"Caracas", "Capital District", 10.48, -66.90, 3},
    {"Maracaibo", "Zulia", 10.65, -71.61, 1},
};
constexpr CityInfo kEc[] = {
    {"Quito", "Pichincha", -0.18, -78.47, 2},
    {"Guayaquil", "Guayas", -2.17, -79.92, 2},
};
constexpr CityInfo kLk[] = {
    {"Colombo", "Western Province", 6.93, 79.86, 3},
    {"Kandy", "Central Province", 7.29, 80.63, 0.6},
};
constexpr CityInfo kNp[] = {
    {"Kathmandu", "Bagmati", 27.72, 85.32, 3},
    {"Pokhara", "Gandaki", 28.21, 83.99, 0.6},
};
constexpr CityInfo kCn[] = {
    {"Shanghai", "Shanghai", 31.23, 121.47, 3},
    {"Beijing", "Beijing", 39.90, 116.41, 3},
    {"Shenzhen", "Guangdong", 22.54, 114.06, 2},
    {"Guangzhou", "Guangdong", 23.13, 113.26, 1.5},
};
constexpr CityInfo kDz[] = {
    {"Algiers", "Algiers", 36.75, 3.06, 3},
    {"Oran", "Oran", 35.70, -0.63, 1},
};
constexpr CityInfo kGh[] = {
    {"Accra", "Greater Accra", 5.60, -0.19, 3},
    {"Kumasi", "Ashanti", 6.69, -1.62, 1},
};
constexpr CityInfo kRu[] = {
    {"Moscow", "Moscow", 55.76, 37.62, 4},
    {"Saint Petersburg", "Saint Petersburg", 59.93, 30.36, 2},
    {"Novosibirsk", "Novosibirsk Oblast", 55.01, 82.93, 0.6},
};

// code, share %, UTC offset, phone share, iPhone share of phones, network class, origin
// latency, device tier, search host, currency, cities. The shares follow a shop selling
// worldwide from data centres in the US and the EU: far-away countries pay in latency.
constexpr CountryInfo kCountries[] = {
    {"US", 22.0, -6, 0.55, 0.58, 0, 35, 0, "www.google.com", "USD", kUs},
    {"IN", 9.0, 5.5, 0.80, 0.05, 2, 140, 2, "www.google.co.in", "INR", kIn},
    {"DE", 6.0, 1, 0.48, 0.33, 0, 15, 0, "www.google.de", "EUR", kDe},
    {"GB", 5.5, 0, 0.55, 0.52, 0, 15, 0, "www.google.co.uk", "GBP", kGb},
    {"BR", 5.0, -3, 0.70, 0.16, 1, 120, 1, "www.google.com.br", "BRL", kBr},
    {"JP", 4.0, 9, 0.62, 0.68, 0, 150, 0, "www.google.co.jp", "JPY", kJp},
    {"FR", 4.0, 1, 0.55, 0.33, 0, 15, 0, "www.google.fr", "EUR", kFr},
    {"ID", 3.0, 7, 0.82, 0.10, 2, 180, 2, "www.google.co.id", "IDR", kId},
    {"CA", 3.0, -5, 0.52, 0.55, 0, 35, 0, "www.google.ca", "CAD", kCa},
    {"MX", 2.5, -6, 0.72, 0.20, 1, 60, 1, "www.google.com.mx", "MXN", kMx},
    {"IT", 2.5, 1, 0.60, 0.30, 0, 25, 1, "www.google.it", "EUR", kIt},
    {"ES", 2.5, 1, 0.62, 0.25, 0, 25, 1, "www.google.es", "EUR", kEs},
    {"AU", 2.0, 10, 0.55, 0.55, 0, 200, 0, "www.google.com.au", "AUD", kAu},
    {"NL", 1.8, 1, 0.50, 0.42, 0, 10, 0, "www.google.nl", "EUR", kNl},
    {"PL", 1.5, 1, 0.60, 0.20, 1, 30, 1, "www.google.pl", "PLN", kPl},
    {"TR", 1.5, 3, 0.70, 0.20, 1, 50, 1, "www.google.com.tr", "TRY", kTr},
    {"KR", 1.5, 9, 0.65, 0.30, 0, 140, 0, "www.google.co.kr", "KRW", kKr},
    {"PH", 1.2, 8, 0.80, 0.15, 2, 170, 2, "www.google.com.ph", "PHP", kPh},
    {"VN", 1.2, 7, 0.78, 0.20, 2, 170, 2, "www.google.com.vn", "VND", kVn},
    {"TH", 1.0, 7, 0.75, 0.25, 1, 160, 1, "www.google.co.th", "THB", kTh},
    {"NG", 1.0, 1, 0.86, 0.08, 3, 160, 2, "www.google.com.ng", "NGN", kNg},
    {"AR", 1.0, -3, 0.68, 0.15, 1, 140, 1, "www.google.com.ar", "ARS", kAr},
    {"CO", 0.9, -5, 0.70, 0.15, 1, 90, 1, "www.google.com.co", "COP", kCo},
    {"EG", 0.8, 2, 0.75, 0.10, 2, 80, 2, "www.google.com.eg", "EGP", kEg},
    {"ZA", 0.8, 2, 0.70, 0.20, 2, 180, 1, "www.google.co.za", "ZAR", kZa},
    {"SE", 0.8, 1, 0.55, 0.50, 0, 25, 0, "www.google.se", "SEK", kSe},
    {"PK", 0.8, 5, 0.85, 0.06, 3, 140, 2, "www.google.com.pk", "PKR", kPk},
    {"CH", 0.7, 1, 0.52, 0.55, 0, 15, 0, "www.google.ch", "CHF", kCh},
    {"BE", 0.7, 1, 0.52, 0.38, 0, 12, 0, "www.google.be", "EUR", kBe},
    {"BD", 0.7, 6, 0.85, 0.05, 3, 150, 2, "www.google.com.bd", "BDT", kBd},
    {"MY", 0.7, 8, 0.75, 0.25, 1, 160, 1, "www.google.com.my", "MYR", kMy},
    {"AT", 0.6, 1, 0.55, 0.38, 0, 15, 0, "www.google.at", "EUR", kAt},
    {"CL", 0.6, -4, 0.65, 0.25, 1, 140, 1, "www.google.cl", "CLP", kCl},
    {"UA", 0.6, 2, 0.65, 0.20, 1, 45, 1, "www.google.com.ua", "UAH", kUa},
    {"SA", 0.6, 3, 0.78, 0.45, 1, 90, 0, "www.google.com.sa", "SAR", kSa},
    {"AE", 0.6, 4, 0.70, 0.50, 0, 90, 0, "www.google.ae", "AED", kAe},
    {"SG", 0.6, 8, 0.62, 0.50, 0, 160, 0, "www.google.com.sg", "SGD", kSg},
    {"TW", 0.6, 8, 0.65, 0.45, 0, 150, 0, "www.google.com.tw", "TWD", kTw},
    {"RU", 0.6, 3, 0.62, 0.25, 1, 60, 1, "yandex.ru", "RUB", kRu},
    {"PE", 0.5, -5, 0.72, 0.12, 2, 120, 1, "www.google.com.pe", "PEN", kPe},
    {"IE", 0.5, 0, 0.58, 0.50, 0, 20, 0, "www.google.ie", "EUR", kIe},
    {"PT", 0.5, 0, 0.62, 0.25, 0, 30, 1, "www.google.pt", "EUR", kPt},
    {"CZ", 0.5, 1, 0.55, 0.22, 0, 20, 1, "www.google.cz", "CZK", kCz},
    {"RO", 0.5, 2, 0.65, 0.15, 1, 35, 1, "www.google.ro", "RON", kRo},
    {"IL", 0.5, 2, 0.62, 0.35, 0, 70, 0, "www.google.co.il", "ILS", kIl},
    {"HK", 0.5, 8, 0.65, 0.55, 0, 150, 0, "www.google.com.hk", "HKD", kHk},
    {"DK", 0.4, 1, 0.52, 0.55, 0, 20, 0, "www.google.dk", "DKK", kDk},
    {"NO", 0.4, 1, 0.55, 0.60, 0, 25, 0, "www.google.no", "NOK", kNo},
    {"FI", 0.4, 2, 0.55, 0.35, 0, 30, 0, "www.google.fi", "EUR", kFi},
    {"GR", 0.4, 2, 0.65, 0.20, 1, 45, 1, "www.google.gr", "EUR", kGr},
    {"HU", 0.4, 1, 0.60, 0.20, 0, 25, 1, "www.google.hu", "HUF", kHu},
    {"NZ", 0.4, 12, 0.55, 0.50, 0, 210, 0, "www.google.co.nz", "NZD", kNz},
    {"KE", 0.4, 3, 0.85, 0.08, 3, 160, 2, "www.google.co.ke", "KES", kKe},
    {"MA", 0.4, 1, 0.78, 0.10, 2, 50, 2, "www.google.co.ma", "MAD", kMa},
    {"CN", 0.4, 8, 0.70, 0.25, 1, 200, 1, "www.baidu.com", "CNY", kCn},
    {"VE", 0.3, -4, 0.75, 0.08, 3, 90, 2, "www.google.co.ve", "USD", kVe},
    {"EC", 0.3, -5, 0.72, 0.12, 2, 100, 1, "www.google.com.ec", "USD", kEc},
    {"LK", 0.2, 5.5, 0.82, 0.08, 2, 150, 2, "www.google.lk", "LKR", kLk},
    {"NP", 0.2, 5.75, 0.85, 0.06, 3, 150, 2, "www.google.com.np", "NPR", kNp},
    {"DZ", 0.2, 1, 0.75, 0.08, 2, 60, 2, "www.google.dz", "DZD", kDz},
    {"GH", 0.2, 0, 0.85, 0.08, 3, 160, 2, "www.google.com.gh", "GHS", kGh},
};

// How busy a shop is over a visitor's local day (index: hour) and week (Monday first):
// quiet at night, a lunch bump, the peak in the evening; fewer visits on Friday and Saturday.
constexpr std::array<double, 25> kDiurnal = {0.35, 0.22, 0.14, 0.10, 0.09, 0.12, 0.22, 0.38, 0.55,
                                             0.68, 0.76, 0.80, 0.84, 0.82, 0.80, 0.80, 0.82, 0.86,
                                             0.92, 0.98, 1.00, 0.95, 0.78, 0.55, 0.35};
constexpr std::array<double, 7> kWeekly = {1.0, 1.0, 0.98, 0.97, 0.90, 0.82, 0.93};

double localActivity(int localQuarterOfWeek)
{
    const int day = localQuarterOfWeek / 96;
    const double hour = (localQuarterOfWeek % 96 + 0.5) / 4.0;
    const int h = int(hour);
    const double fraction = hour - h;
    return kWeekly[day] * (kDiurnal[h] * (1 - fraction) + kDiurnal[h + 1] * fraction);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

int Geography::quarterOfWeek(qint64 time)
{
    const qint64 quarter = floorDiv(time, 15 * 60 * 1000);
    // The epoch began on a Thursday, day 3 of a week that starts on Monday.
    const qint64 shifted = quarter + 3 * 96;
    return int(shifted - floorDiv(shifted, kQuartersPerWeek) * kQuartersPerWeek);
}

Geography::Geography()
    : m_countries(kCountries)
{
    const int count = countryCount();
    m_byQuarter.resize(kQuartersPerWeek);
    for (int quarter = 0; quarter < kQuartersPerWeek; ++quarter) {
        WeightedTable &table = m_byQuarter[quarter];
        for (const CountryInfo &info : m_countries) {
            const int offset = int(info.utcOffset * 4);
            const int local =
                ((quarter + offset) % kQuartersPerWeek + kQuartersPerWeek) % kQuartersPerWeek;
            table.add(info.weight * localActivity(local));
        }
    }
    m_cityTables.resize(count);
    m_cityNames.resize(count);
    m_regionNames.resize(count);
    for (int c = 0; c < count; ++c) {
        const CountryInfo &info = m_countries[c];
        m_codes.push_back(QString::fromLatin1(info.code));
        m_searchReferrers.push_back(QStringLiteral("https://") +
                                    QString::fromLatin1(info.searchHost) + u'/');
        m_currencies.push_back(QString::fromLatin1(info.currency));
        for (const CityInfo &city : info.cities) {
            m_cityTables[c].add(city.weight);
            m_cityNames[c].push_back(QString::fromUtf8(city.name));
            m_regionNames[c].push_back(QString::fromUtf8(city.region));
        }
    }
}

} // namespace rumscope
