@header: 
@footer: Ashby Underwood Town Council – The Guildhall, High Street, Ashby Underwood, AU7 3HG – Tel 01632 960 552
@font: Liberation Serif
@fontsize: 12pt

# ASHBY UNDERWOOD TOWN COUNCIL

::right
The Guildhall
High Street
Ashby Underwood
AU7 3HG

::right
9th July 2025

Our ref: TC/FOI/07/25

Dear Sir/Madam,

# Freedom of Information request – Allotments

Thank you for your letter dated 16 June 2025. The Council has considered your request under the Freedom of Information Act 2000 and its answers are as follows.

1. How many allotment plots does the Council manage?
112 plots, across the Mill Lane and Church Field sites.

2. How many people are on the waiting list for a plot?
47 people, as at 1 July 2025.

3. What is the annual rent for a plot?
£38 for a full plot and £21 for a half plot, for the year from 1 October 2025.

4. Please give the names of any plot holders who are in arrears with their rent.
The Council does hold this information. However, the names of tenants in arrears are personal data and are withheld under section 40(2) of the Act. Releasing them would be unfair to the individuals concerned.

If you are unhappy with this reply you may ask the Council to review it, and afterwards you may complain to the Information Commissioner.

Yours faithfully,

J. Harding (Mrs)
Town Clerk and Responsible Financial Officer
