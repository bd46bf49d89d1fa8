/** Given names and family names for fictitious people (account managers, partner contacts). */
import { list } from './word-list';

export const GIVEN_NAMES = list(`
  Aisha, Alejandro, Amara, Ana, Andrea, Anil, Anna, Arjun, Ben, Bianca, Carlos, Chen, Chloe,
  Daniel, David, Elena, Emma, Erik, Fatima, Felipe, Fiona, Gabriel, Grace, Hana, Hannah,
  Hiroshi, Ines, Isabel, Ivan, Jack, James, Javier, Jin, Julia, Karim, Kenji, Laura, Leila,
  Liam, Lucas, Lucia, Maya, Mei, Michael, Mohammed, Nadia, Naomi, Nikhil, Noah, Olga, Omar,
  Oscar, Priya, Rafael, Rahul, Rosa, Samuel, Sara, Sofia, Sven, Tariq, Thomas, Valentina, Wei,
  Yara, Yusuf, Zoe
`);

export const FAMILY_NAMES = list(`
  Adeyemi, Alvarez, Andersson, Baker, Bauer, Bennett, Bianchi, Brown, Castro, Chen, Costa,
  Dubois, Eriksen, Fernandes, Fischer, Garcia, Gupta, Haddad, Hansen, Hughes, Ivanova, Jansen,
  Kaur, Kim, Kowalski, Kumar, Larsen, Lee, Lopez, Martin, Meyer, Moreau, Murphy, Nakamura,
  Nguyen, Novak, Okafor, O'Brien, Patel, Pereira, Petrov, Rossi, Santos, Schmidt, Silva, Singh,
  Smith, Sato, Tanaka, Taylor, Torres, Van Dijk, Wagner, Walsh, Wang, Weber, Williams, Wong,
  Yamamoto, Zhang
`);
