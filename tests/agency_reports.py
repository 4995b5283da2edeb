"""Agency-style reports on ILD exchanges, written for the tests (not the seeds): people in no
reference list, datelines, relative dates, host / visit / third-place meetings, namesakes.
Each entry is (publication date, text)."""

AGENCY = {
    "hanoi": (
        "2023-09-06",
        "CPC delegation visits Vietnam\n\n"
        "HANOI, Sept. 6 (Xinhua) -- Li Xiaoming, a vice minister of the International Department of the CPC Central "
        "Committee, led a CPC delegation on a visit to Vietnam from Monday to Wednesday at the invitation of the "
        "Communist Party of Vietnam Central Committee.\n\n"
        "During the visit, Li met with Nguyen Van Thanh, head of the Commission for External Relations of the CPV "
        "Central Committee, and the two sides exchanged views on party-to-party cooperation.\n",
    ),
    "ghana": (
        "2024-03-14",
        "Senior CPC official meets Ghanaian party delegation\n\n"
        "BEIJING, March 14 (Xinhua) -- Wang Dongmei, head of the International Department of the CPC Central "
        "Committee, met here Tuesday with a delegation of the Workers' Party of Ghana led by its general secretary "
        "Kwame Asante.\n\n"
        "Wang said the CPC is willing to deepen exchanges of experience in state governance with the Ghanaian party. "
        "Asante said his party admires the achievements of the CPC.\n",
    ),
    "geneva": (
        "2023-06-20",
        "CPC official meets Chilean Socialist leader in Geneva\n\n"
        "GENEVA, June 20 (Xinhua) -- Zhao Jianping, a vice minister of the International Department of the CPC Central "
        "Committee, met with Maria Fernandez, secretary general of the Socialist Party of Chile, on the sidelines of "
        "the Inter-Parliamentary Union assembly in Geneva on Tuesday.\n",
    ),
    "anc": (
        "2023-11-02",
        "CPC official receives ANC delegation\n\n"
        "BEIJING, Nov. 2 (Xinhua) -- Guo Hailin, a vice minister of the International Department of the CPC Central "
        "Committee, on Thursday received a delegation of the African National Congress of South Africa led by Thabo "
        "Mokoena, the party's national chairperson, in Beijing.\n",
    ),
    "appointment": (
        "2024-05-30",
        "New head named for CPC's International Department\n\n"
        "BEIJING, May 30 (Xinhua) -- Chen Yuhang was appointed head of the International Department of the CPC Central "
        "Committee in May, according to a statement released on Tuesday. Chen, 58, previously served as party "
        "secretary of Hainan province.\n",
    ),
    "namesakes": (
        "2023-10-12",
        "Seminar on party governance held in Beijing\n\n"
        "BEIJING, Oct. 12 (People's Daily) -- Zhang Wenjun, a vice minister of the International Department of the CPC "
        "Central Committee, and Zhang Lihua, a researcher at the China Institute of International Studies, attended a "
        "seminar on party governance in Beijing on Wednesday. Zhang said the seminar would deepen mutual understanding "
        "between political parties.\n",
    ),
    "cambodia": (
        "2023-11-18",
        "CPC delegation to visit Cambodia, Laos\n\n"
        "PHNOM PENH, Nov. 18 (Xinhua) -- A CPC delegation led by Hu Guangyao, a member of the CPC Central Committee "
        "and party secretary of Jiangxi province, will visit Cambodia and Laos on Nov. 20-25 at the invitation of the "
        "Cambodian People's Party and the Lao People's Revolutionary Party.\n",
    ),
    "nicaragua": (
        "2023-04-05",
        "Nicaraguan party delegation arrives in China\n\n"
        "SHANGHAI, April 5 (Xinhua) -- A delegation of the Sandinista National Liberation Front of Nicaragua led by "
        "Rosa Elena Morales, a member of the party's national directorate, arrived in Shanghai on Monday for a "
        "five-day visit to China at the invitation of the CPC.\n",
    ),
    "scmp": (
        "2024-07-08",
        "Beijing's party diplomats court Pacific island leaders\n\n"
        "The Chinese Communist Party's international arm has stepped up its outreach to the Pacific. Tang Wenhao, a "
        "deputy head of the party's International Liaison Department, held talks with Solomon Islands Prime Minister "
        "Peter Kenilorea Manele in Honiara last week, according to a statement from the department. Tang, who is a "
        "former ambassador to Fiji, also met opposition figures during the four-day trip.\n",
    ),
}
